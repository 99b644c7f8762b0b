using System.Globalization;
using Marketplace.AppHost.Hosting.Processes;
using Marketplace.AppHost.Hosting.Resources;

namespace Marketplace.Testing;

/// <summary>
/// Real PostgreSQL 15 (+pgvector, cube, earthdistance), RabbitMQ and Redis for one test process, on free 127.0.0.1
/// ports with their data in a temporary folder. Started on first use, stopped when the process exits (or on
/// <see cref="DisposeAsync"/>); every server also dies within a second if the test process is killed outright,
/// and leftovers of a killed run are removed by the next one.
/// </summary>
public sealed class TestInfrastructure : IAsyncDisposable
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static TestInfrastructure? current;

    private readonly PostgresResource postgres;
    private readonly RabbitMqResource rabbitMq;
    private readonly RedisResource redis;
    private int databases;

    private TestInfrastructure(string stateFolder)
    {
        StateFolder = stateFolder;
        var ports = FreePorts.Take(6);
        postgres = new PostgresResource("postgres", stateFolder, ports[0], TestSettings.Postgres);
        rabbitMq = new RabbitMqResource("rabbitmq", stateFolder, ports[1], ports[2], ports[3]) { StartTimeout = TimeSpan.FromSeconds(120) };
        redis = new RedisResource("redis", stateFolder, ports[4], persistent: false);
    }

    /// <summary>The temporary folder holding every server's data; deleted on dispose.</summary>
    public string StateFolder { get; }

    public string RabbitMqConnectionString => rabbitMq.ConnectionString;

    public string RedisConnectionString => redis.ConnectionString;

    public string PostgresConnectionString => postgres.ConnectionString("postgres");

    public int RabbitMqPort => rabbitMq.Port;

    public int RedisPort => redis.Port;

    public int PostgresPort => postgres.Port;

    /// <summary>Every process group the servers run in (for tests proving nothing is left behind).</summary>
    public IReadOnlyList<int> ProcessIds => new[] { postgres.Pid, rabbitMq.Pid, redis.Pid }.OfType<int>().ToList();

    public static async Task<TestInfrastructure> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (current is null)
            {
                var infrastructure = new TestInfrastructure(TestStateFolders.Create());
                await infrastructure.StartAsync();
                current = infrastructure;
            }

            return current;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A new, empty, uniquely named database (created by the superuser); its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var number = Interlocked.Increment(ref databases);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var name = $"{Sanitize(prefix)}_{number.ToString(CultureInfo.InvariantCulture)}_{suffix}";
        await postgres.EnsureDatabaseAsync(name, CancellationToken.None);
        return postgres.ConnectionString(name);
    }

    /// <summary>A real broker outage: RabbitMQ shuts down, its connections are closed and its port stops listening.</summary>
    public Task StopRabbitMqAsync() => rabbitMq.StopAsync();

    /// <summary>RabbitMQ comes back on the same port with the same data; returns once it accepts AMQP connections.</summary>
    public Task StartRabbitMqAsync() => rabbitMq.StartAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
            await Task.WhenAll(redis.StopAsync(), rabbitMq.StopAsync(), postgres.StopAsync());
            TestStateFolders.Delete(StateFolder);
            if (ReferenceEquals(current, this))
            {
                current = null;
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    private static string Sanitize(string prefix)
    {
        var cleaned = new string(prefix.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
        return string.IsNullOrEmpty(cleaned) ? "test" : cleaned[..Math.Min(cleaned.Length, 40)];
    }

    private async Task StartAsync()
    {
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        try
        {
            await Task.WhenAll(
                postgres.StartAsync(CancellationToken.None),
                rabbitMq.StartAsync(CancellationToken.None),
                redis.StartAsync(CancellationToken.None));
        }
        catch (ResourceStartException ex)
        {
            await DisposeAsync();
            throw new InvalidOperationException(
                $"Test infrastructure did not start: {ex.Message}{Environment.NewLine}{string.Join(Environment.NewLine, ex.LogTail)}", ex);
        }
    }

    // Nothing can be awaited here and the data is throwaway: kill outright, then remove the folder.
    private void OnProcessExit(object? sender, EventArgs e)
    {
        redis.KillNow();
        rabbitMq.KillNow();
        postgres.KillNow();
        StaleProcesses.KillTagged(folder => folder == StateFolder);
        TestStateFolders.Delete(StateFolder);
    }
}
