using System.Globalization;
using Marketplace.AppHost.Hosting.Processes;
using Npgsql;

namespace Marketplace.AppHost.Hosting.Resources;

/// <summary>
/// PostgreSQL 15 (with pgvector, cube and earthdistance installed) as a foreground postmaster on 127.0.0.1, its
/// cluster under the state folder, trust authentication for the "postgres" superuser. PostgreSQL refuses to run as
/// root, so as root the cluster belongs to the postgres user and every command runs as that user (setpriv execs in
/// place: the postmaster keeps the pid we started).
/// </summary>
public sealed class PostgresResource(string name, string stateFolder, int port, IReadOnlyDictionary<string, string>? settings = null)
    : ProcessResource(name, "postgres", stateFolder)
{
    public const string BinDirectory = "/usr/lib/postgresql/15/bin";
    public const string Superuser = "postgres";

    public int Port { get; } = port;

    public string DataDirectory => Path.Combine(StateFolder, Name, "data");

    public override string Endpoint => $"127.0.0.1:{Port}";

    /// <summary>Fast shutdown: active transactions are rolled back, connections closed (pg_ctl stop -m fast).</summary>
    protected override int StopSignal => Signals.Interrupt;

    protected override IEnumerable<int> RequiredPorts => [Port];

    private static bool IsRoot => Environment.UserName == "root";

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Superuser,
        Database = database,
    }.ConnectionString;

    public override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            var probe = new NpgsqlConnectionStringBuilder(ConnectionString("postgres")) { Pooling = false, Timeout = 3 };
            await using var connection = new NpgsqlConnection(probe.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("select 1", connection);
            return await command.ExecuteScalarAsync(cancellationToken) is 1;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Creates the database unless it exists; true if it was created.</summary>
    public async Task<bool> EnsureDatabaseAsync(string database, CancellationToken cancellationToken)
    {
        var probe = new NpgsqlConnectionStringBuilder(ConnectionString("postgres")) { Pooling = false };
        await using var connection = new NpgsqlConnection(probe.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return false;
        }

        // An identifier cannot be a parameter; quote it the way PostgreSQL does.
        var quoted = "\"" + database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await using var create = new NpgsqlCommand($"create database {quoted}", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }

    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var home = Path.Combine(StateFolder, Name);
        Directory.CreateDirectory(home);
        if (IsRoot)
        {
            await RunCheckedAsync("chown", ["-R", $"{Superuser}:{Superuser}", home], cancellationToken);
        }

        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            Log($"[apphost] initdb {DataDirectory}");
            var initdb = AsServerUser(Path.Combine(BinDirectory, "initdb"));
            await RunCheckedAsync(initdb.FileName,
                [.. initdb.Arguments, "-D", DataDirectory, "-U", Superuser, "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"],
                cancellationToken);
        }

        RemoveStaleLockFile();
    }

    protected override ProcessLaunch CreateLaunch()
    {
        var server = AsServerUser(Path.Combine(BinDirectory, "postgres"));
        List<string> arguments = [.. server.Arguments, "-D", DataDirectory, "-p", Port.ToString(CultureInfo.InvariantCulture),
            "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            arguments.AddRange(["-c", $"{key}={value}"]);
        }

        return new ProcessLaunch(server.FileName, arguments, new Dictionary<string, string?>());
    }

    private static (string FileName, IReadOnlyList<string> Arguments) AsServerUser(string executable) => IsRoot
        ? ("setpriv", ["--reuid", Superuser, "--regid", Superuser, "--init-groups", "--", executable])
        : (executable, []);

    /// <summary>
    /// A postmaster killed outright leaves postmaster.pid behind; PostgreSQL refuses to start if the pid in it now
    /// belongs to some other live process. Our leftovers are killed before this runs, so any such process is not ours.
    /// </summary>
    private void RemoveStaleLockFile()
    {
        var lockFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (!File.Exists(lockFile))
        {
            return;
        }

        var firstLine = File.ReadLines(lockFile).FirstOrDefault();
        if (!int.TryParse(firstLine, CultureInfo.InvariantCulture, out var pid) || !IsPostgres(pid))
        {
            File.Delete(lockFile);
        }
    }

    private static bool IsPostgres(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim() is "postgres";
        }
        catch (IOException)
        {
            return false;
        }
    }

    private async Task RunCheckedAsync(string fileName, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var (exitCode, output) = await Tool.RunAsync(fileName, arguments, TimeSpan.FromMinutes(2), cancellationToken);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Log(line);
        }

        if (exitCode != 0)
        {
            throw Fail($"{Path.GetFileName(fileName)} exited with code {exitCode}");
        }
    }
}
