using System.Globalization;
using System.Net.Sockets;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Marketplace.AppHost.Resources;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Marketplace.Testing;

/// <summary>
/// Real PostgreSQL 15 (+pgvector, cube, earthdistance), RabbitMQ and Redis for one test process: the AppHost's own
/// resource definitions (Marketplace.AppHost.Resources) run by Aspire's testing builder, on free 127.0.0.1 ports with
/// their data in a temporary folder. Started on first use, stopped on <see cref="DisposeAsync"/>; if the test process
/// dies outright, Aspire's orchestrator (which watches it) stops the servers.
/// </summary>
public sealed class TestInfrastructure : IAsyncDisposable
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private static TestInfrastructure? current;

    private readonly DistributedApplication app;
    private readonly PostgresServerResource postgres;
    private readonly RabbitMQServerResource rabbitMq;
    private readonly RedisServerResource redis;
    private int databases;

    private TestInfrastructure(string stateFolder, DistributedApplication app,
        PostgresServerResource postgres, RabbitMQServerResource rabbitMq, RedisServerResource redis)
    {
        StateFolder = stateFolder;
        this.app = app;
        this.postgres = postgres;
        this.rabbitMq = rabbitMq;
        this.redis = redis;
    }

    /// <summary>The temporary folder holding every server's data; deleted on dispose.</summary>
    public string StateFolder { get; }

    public string RabbitMqConnectionString => rabbitMq.ConnectionString;

    public string RedisConnectionString => redis.ConnectionString;

    public string PostgresConnectionString => postgres.ConnectionStringFor("postgres");

    public int RabbitMqPort => rabbitMq.Port;

    public int RedisPort => redis.Port;

    public int PostgresPort => postgres.Port;

    /// <summary>The Aspire application running the servers (resource state, logs and commands).</summary>
    public DistributedApplication Application => app;

    public static async Task<TestInfrastructure> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return current ??= await StartAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>For a [SetUpFixture]'s [OneTimeTearDown]: stops the infrastructure if this process started it.</summary>
    public static async Task StopIfStartedAsync()
    {
        TestInfrastructure? started;
        await Gate.WaitAsync();
        try
        {
            started = current;
        }
        finally
        {
            Gate.Release();
        }

        if (started is not null)
        {
            await started.DisposeAsync();
        }
    }

    /// <summary>A new, empty, uniquely named database (created by the superuser); its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var number = Interlocked.Increment(ref databases);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var name = $"{Sanitize(prefix)}_{number.ToString(CultureInfo.InvariantCulture)}_{suffix}";
        await using var connection = new NpgsqlConnection(Unpooled(PostgresConnectionString));
        await connection.OpenAsync();
        await PostgresDatabases.EnsureAsync(connection, name, CancellationToken.None);
        return postgres.ConnectionStringFor(name);
    }

    /// <summary>
    /// A real broker outage through Aspire's stop command: RabbitMQ shuts down, its connections are closed and its
    /// port stops listening before this returns.
    /// </summary>
    public async Task StopRabbitMqAsync()
    {
        await ExecuteAsync(rabbitMq.Name, KnownResourceCommands.StopCommand);
        await WaitUntilAsync(async () => !await IsListeningAsync(rabbitMq.Port), $"{rabbitMq.Name} to stop listening");
    }

    /// <summary>RabbitMQ comes back (Aspire's start command) on the same port with the same data; returns once it accepts AMQP connections.</summary>
    public async Task StartRabbitMqAsync()
    {
        await ExecuteAsync(rabbitMq.Name, KnownResourceCommands.StartCommand);
        await WaitUntilAsync(() => AmqpHealthCheck.IsReadyAsync(rabbitMq.Port, CancellationToken.None), $"{rabbitMq.Name} to answer AMQP");
    }

    public async ValueTask DisposeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            // PostgreSQL stops on SIGTERM only once every session has ended: end them, pooled ones included.
            NpgsqlConnection.ClearAllPools();
            await TerminateSessionsAsync();
            await app.StopAsync();
            await app.DisposeAsync();
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

    private static async Task<TestInfrastructure> StartAsync()
    {
        var stateFolder = TestStateFolders.Create();
        var builder = DistributedApplicationTestingBuilder.Create();
        var postgres = builder.AddPostgres("postgres", FreePorts.Take(), stateFolder).WithPgVector().WithSettings(TestSettings.Postgres);
        var rabbitMq = builder.AddRabbitMQ("messaging", FreePorts.Take(3), stateFolder);
        var redis = builder.AddRedis("cache", FreePorts.Take(), stateFolder, persistent: false);
        var app = await builder.BuildAsync();
        var infrastructure = new TestInfrastructure(stateFolder, app, postgres.Resource, rabbitMq.Resource, redis.Resource);
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            await app.StartAsync(timeout.Token);
            await Task.WhenAll(
                app.ResourceNotifications.WaitForResourceHealthyAsync(postgres.Resource.Name, timeout.Token),
                app.ResourceNotifications.WaitForResourceHealthyAsync(rabbitMq.Resource.Name, timeout.Token),
                app.ResourceNotifications.WaitForResourceHealthyAsync(redis.Resource.Name, timeout.Token));
        }
        catch (OperationCanceledException ex)
        {
            await app.DisposeAsync();
            TestStateFolders.Delete(stateFolder);
            throw new InvalidOperationException(
                $"PostgreSQL, RabbitMQ and Redis were not healthy within {StartTimeout.TotalMinutes} minutes (is eng/setup.sh done?).", ex);
        }

        return infrastructure;
    }

    private async Task ExecuteAsync(string resource, string command)
    {
        var result = await app.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(resource, command);
        if (!result.Success)
        {
            throw new InvalidOperationException($"{command} {resource}: {result.Message}");
        }
    }

    private async Task TerminateSessionsAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(Unpooled(PostgresConnectionString));
            await connection.OpenAsync();
            await using var terminate = new NpgsqlCommand(
                "select count(pg_terminate_backend(pid)) from pg_stat_activity where pid <> pg_backend_pid() and backend_type = 'client backend'",
                connection);
            await terminate.ExecuteScalarAsync();
        }
        catch (NpgsqlException)
        {
            // Already down.
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {StartTimeout.TotalMinutes} minutes for {what}.");
            }

            await Task.Delay(100);
        }
    }

    private static async Task<bool> IsListeningAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(System.Net.IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string Unpooled(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

    private static string Sanitize(string prefix)
    {
        var cleaned = new string(prefix.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
        return string.IsNullOrEmpty(cleaned) ? "test" : cleaned[..Math.Min(cleaned.Length, 40)];
    }
}
