using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Marketplace.ServiceDefaults.Outbox;

/// <summary>
/// Deletes published outbox rows older than <see cref="OutboxOptions.Retention"/> and inbox rows older than
/// <see cref="OutboxOptions.InboxRetention"/>, every <see cref="OutboxOptions.PruneInterval"/>. Without it the outbox
/// grows by every event ever published (a 10,000-posting import alone adds 35 MB). Unpublished events are never
/// deleted. Outbox rows go in batches, oldest first; replicas running it at once delete nothing twice.
/// </summary>
public sealed partial class OutboxPruner(NpgsqlDataSource dataSource, IOptions<OutboxOptions> options, ILogger<OutboxPruner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PruneInterval);
        try
        {
            do
            {
                try
                {
                    var (outbox, inbox) = await PruneAsync(stoppingToken);
                    if (outbox + inbox > 0)
                    {
                        LogPruned(outbox, inbox);
                    }
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    LogPruneFailed(ex);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>Deletes what is past its retention; answers how many outbox and inbox rows went.</summary>
    public async Task<(int Outbox, int Inbox)> PruneAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var outbox = 0;
        int deleted;
        do
        {
            deleted = await connection.ExecuteAsync(new CommandDefinition("""
                delete from outbox_messages
                where sequence in (
                    select sequence from outbox_messages
                    where published_at < now() - @Retention
                    order by sequence
                    limit @BatchSize)
                """, new { settings.Retention, BatchSize = settings.PruneBatchSize }, cancellationToken: cancellationToken));
            outbox += deleted;
        }
        while (deleted == settings.PruneBatchSize);

        var inbox = await connection.ExecuteAsync(new CommandDefinition(
            "delete from inbox_messages where received_at < now() - @InboxRetention",
            new { settings.InboxRetention }, cancellationToken: cancellationToken));
        return (outbox, inbox);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Pruned {OutboxRows} published outbox rows and {InboxRows} inbox rows past their retention")]
    private partial void LogPruned(int outboxRows, int inboxRows);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Pruning the outbox failed; the next run tries again")]
    private partial void LogPruneFailed(Exception exception);
}
