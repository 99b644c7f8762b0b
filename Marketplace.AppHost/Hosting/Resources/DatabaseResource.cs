using Npgsql;

namespace Marketplace.AppHost.Hosting.Resources;

/// <summary>A database inside a PostgreSQL server, created when missing; a service references it by name.</summary>
public sealed class DatabaseResource(string name, PostgresResource server, string? databaseName = null) : Resource(name, "database")
{
    public PostgresResource Server { get; } = server;

    public string DatabaseName { get; } = databaseName ?? name;

    public string ConnectionString => Server.ConnectionString(DatabaseName);

    public override string Endpoint => $"{Server.Endpoint}/{DatabaseName}";

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        State = ResourceState.Starting;
        try
        {
            if (await Server.EnsureDatabaseAsync(DatabaseName, cancellationToken))
            {
                Log($"[apphost] created database {DatabaseName}");
            }
        }
        catch (NpgsqlException ex)
        {
            State = ResourceState.Failed;
            throw new ResourceStartException(Name, $"could not create database {DatabaseName}: {ex.Message}", Logs.Tail(20));
        }

        MarkStarted();
        State = ResourceState.Running;
    }

    public override Task StopAsync()
    {
        State = ResourceState.Stopped;
        return Task.CompletedTask;
    }

    public override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            var probe = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false, Timeout = 3 };
            await using var connection = new NpgsqlConnection(probe.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            return false;
        }
    }
}
