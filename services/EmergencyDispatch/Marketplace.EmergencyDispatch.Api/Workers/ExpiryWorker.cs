using Marketplace.Contracts.EmergencyDispatch;
using Marketplace.EmergencyDispatch.Api.Broadcast;
using Marketplace.EmergencyDispatch.Api.Data;
using Marketplace.EmergencyDispatch.Api.Extensions;
using Marketplace.EmergencyDispatch.Api.Realtime;
using Marketplace.ServiceDefaults.Outbox;
using Marketplace.ServiceDefaults.Workers;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Marketplace.EmergencyDispatch.Api.Workers;

/// <summary>Expires open jobs at expires_at: EmergencyJobExpired, the notified technicians told, the board updated.</summary>
public sealed partial class ExpiryWorker(
    NpgsqlDataSource dataSource, BoardFanout board, TimeProvider time, IOptions<DispatchOptions> options, ILogger<ExpiryWorker> logger)
    : PeriodicWorker(logger)
{
    protected override TimeSpan Interval => options.Value.SweepInterval;

    /// <summary>The backoff after consecutive failures stays capped at a minute, as before the shared loop.</summary>
    protected override TimeSpan MaxBackoff => TimeSpan.FromMinutes(1);

    protected override Task RunOnceAsync(CancellationToken stoppingToken) => SweepAsync(stoppingToken);

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var ended = new List<(EmergencyJobRow Job, IReadOnlyList<Guid> Notified)>();
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            foreach (var job in await EmergencyJobStore.ExpireDueAsync(connection, transaction, now, 100))
            {
                var notified = await EmergencyJobStore.NotifiedAsync(connection, transaction, job.Id);
                await Outbox.EnqueueAsync(connection, transaction, new EmergencyJobExpired(
                    Guid.NewGuid(), now, job.Id, job.OrganizationId, job.NotificationsSent, job.ResponsesCount, JobSnapshots.From(job)));
                await Broadcaster.TellNotifiedAsync(connection, transaction, job, notified, "emergency_job_expired", "Job expired", now, cancellationToken);
                ended.Add((job, notified.Select(n => n.UserId).ToList()));
            }

            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var (job, notified) in ended)
        {
            LogExpired(logger, job.Id);
            await board.PublishAsync(BoardPayloads.For(BoardPayloads.Expired, job, notified));
        }
    }

    [LoggerMessage(LogLevel.Information, "Emergency job {JobId} expired")]
    private static partial void LogExpired(ILogger logger, Guid jobId);
}
