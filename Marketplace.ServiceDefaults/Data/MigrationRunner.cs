using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Marketplace.ServiceDefaults.Data;

/// <summary>
/// Applies pending migrations at start, before the service takes requests. A session advisory lock makes
/// replicas that start together apply each script once; each script runs in its own transaction.
/// </summary>
public sealed partial class MigrationRunner(NpgsqlDataSource dataSource, MigrationSet migrations, ILogger<MigrationRunner> logger) : IHostedService
{
    private const long LockKey = 0x4D69677261746531; // "Migrate1"

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync("select pg_advisory_lock(@LockKey)", new { LockKey });
        try
        {
            await connection.ExecuteAsync("""
                create table if not exists schema_migrations (
                    id text primary key,
                    applied_at timestamptz not null default now()
                )
                """);
            var applied = (await connection.QueryAsync<string>("select id from schema_migrations")).ToHashSet(StringComparer.Ordinal);
            var changed = false;
            foreach (var migration in migrations.Load().Where(m => !applied.Contains(m.Id)))
            {
                changed = true;
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await connection.ExecuteAsync(migration.Sql, transaction: transaction);
                await connection.ExecuteAsync("insert into schema_migrations (id) values (@Id)", new { migration.Id }, transaction);
                await transaction.CommitAsync(cancellationToken);
                LogApplied(migrations.Database, migration.Id);
            }

            if (changed)
            {
                // The data source loaded the database's types when it first connected, before a migration could
                // create an extension's types (pgvector's vector): reload them so typed Vector parameters resolve.
                await dataSource.ReloadTypesAsync(cancellationToken);
            }
        }
        finally
        {
            await connection.ExecuteAsync("select pg_advisory_unlock(@LockKey)", new { LockKey });
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Applied migration {MigrationId} to {Database}")]
    private partial void LogApplied(string database, string migrationId);
}
