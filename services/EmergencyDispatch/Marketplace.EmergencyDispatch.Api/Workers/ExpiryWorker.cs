using Marketplace.Contracts.EmergencyDispatch;
using Marketplace.EmergencyDispatch.Api.Broadcast;
using Marketplace.EmergencyDispatch.Api.Data;
using Marketplace.EmergencyDispatch.Api.Extensions;
using Marketplace.EmergencyDispatch.Api.Realtime;
using Marketplace.ServiceDefaults.Outbox;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Marketplace.EmergencyDispatch.Api.Workers;

/// <summary>Expires open jobs at expires_at: EmergencyJobExpired, the notified technicians told, the board updated.</summary>
public sealed partial class ExpiryWorker(
    NpgsqlDataSource dataSource, BoardFanout board, TimeProvider time, IOptions<DispatchOptions> options, ILogger<ExpiryWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SweepAsync(stoppingToken);
                failures = 0;
                await Task.Delay(options.Value.SweepInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                LogSweepFailed(logger, failures, ex);
                await Task.Delay(Backoff.After(failures, options.Value.SweepInterval), time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

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

    [LoggerMessage(LogLevel.Error, "Expiry sweep failed ({Failures} in a row); retrying with backoff")]
    private static partial void LogSweepFailed(ILogger logger, int failures, Exception exception);
}
