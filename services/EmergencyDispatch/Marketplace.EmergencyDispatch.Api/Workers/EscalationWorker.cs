using Marketplace.EmergencyDispatch.Api.Broadcast;
using Marketplace.EmergencyDispatch.Api.Data;
using Marketplace.EmergencyDispatch.Api.Extensions;
using Marketplace.EmergencyDispatch.Api.Realtime;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Marketplace.EmergencyDispatch.Api.Workers;

/// <summary>
/// Tiered escalation: for open jobs whose next wave is due and that nobody has answered available, runs the next
/// wave (wider, larger). Jobs are locked with SKIP LOCKED, so replicas share the work and never run one wave twice.
/// </summary>
public sealed partial class EscalationWorker(
    NpgsqlDataSource dataSource, Broadcaster broadcaster, BoardFanout board, TimeProvider time, IOptions<DispatchOptions> options,
    ILogger<EscalationWorker> logger) : BackgroundService
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
        var sent = new List<(EmergencyJobRow Job, WaveResult Wave)>();
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            foreach (var job in await EmergencyJobStore.DueForWaveAsync(connection, transaction, now, 20))
            {
                if (await EmergencyJobStore.HasAvailableAnswerAsync(connection, transaction, job.Id))
                {
                    // Someone can come: the dispatcher decides; no need to wake more people.
                    await EmergencyJobStore.RecordWaveAsync(connection, transaction, job.Id, job.CurrentWave, job.CurrentRadiusMiles, null, 0, now, null);
                    continue;
                }

                var wave = await broadcaster.RunWaveAsync(connection, transaction, job, job.CurrentWave + 1, now, cancellationToken);
                sent.Add((job, wave));
            }

            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var (job, wave) in sent)
        {
            LogWave(logger, job.Id, wave.Wave, wave.Notified.Count);
            await board.PublishAsync(BoardPayloads.For(BoardPayloads.NewJob, job, wave.Notified) with { Region = null });
        }
    }

    [LoggerMessage(LogLevel.Information, "Emergency job {JobId}: wave {Wave} notified {Count} technicians")]
    private static partial void LogWave(ILogger logger, Guid jobId, int wave, int count);

    [LoggerMessage(LogLevel.Error, "Escalation sweep failed ({Failures} in a row); retrying with backoff")]
    private static partial void LogSweepFailed(ILogger logger, int failures, Exception exception);
}
