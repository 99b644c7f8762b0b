using Marketplace.EmergencyDispatch.Api.Broadcast;
using Marketplace.EmergencyDispatch.Api.Data;
using Marketplace.EmergencyDispatch.Api.Extensions;
using Marketplace.EmergencyDispatch.Api.Realtime;
using Marketplace.ServiceDefaults.Workers;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Marketplace.EmergencyDispatch.Api.Workers;

/// <summary>
/// Tiered escalation: for open jobs whose next wave is due and that nobody has answered available, runs the next
/// wave (wider, larger). Jobs are locked with SKIP LOCKED, so replicas share the work and never run one wave twice.
/// </summary>
public sealed partial class EscalationWorker(
    NpgsqlDataSource dataSource, Broadcaster broadcaster, BoardFanout board, TimeProvider time, IOptions<DispatchOptions> options,
    ILogger<EscalationWorker> logger) : PeriodicWorker(logger)
{
    protected override TimeSpan Interval => options.Value.SweepInterval;

    /// <summary>The backoff after consecutive failures stays capped at a minute, as before the shared loop.</summary>
    protected override TimeSpan MaxBackoff => TimeSpan.FromMinutes(1);

    protected override Task RunOnceAsync(CancellationToken stoppingToken) => SweepAsync(stoppingToken);

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
}
