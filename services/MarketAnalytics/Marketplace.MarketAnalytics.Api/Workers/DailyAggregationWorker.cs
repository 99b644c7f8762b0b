using Marketplace.MarketAnalytics.Api.Data;
using Microsoft.Extensions.Options;

namespace Marketplace.MarketAnalytics.Api.Workers;

/// <summary>
/// Keeps the daily statistics current: every <see cref="AggregationOptions.Interval"/> it rebuilds yesterday
/// (late events) and today (UTC). Any failure is logged and retried after a growing pause; it never stops.
/// </summary>
public sealed partial class DailyAggregationWorker(
    DailyAggregator aggregator, TimeProvider clock, IOptions<AggregationOptions> options, ILogger<DailyAggregationWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var pause = options.Value.Interval;
            if (options.Value.Enabled)
            {
                try
                {
                    var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                    foreach (var day in new[] { today.AddDays(-1), today })
                    {
                        var result = await aggregator.AggregateAsync(day, stoppingToken);
                        LogAggregated(day, result.StatsRows, result.SkillRows);
                    }

                    failures = 0;
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    failures++;
                    pause = TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, failures)));
                    LogFailed(e, pause);
                }
            }

            try
            {
                await Task.Delay(pause, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Aggregated market statistics of {Day}: {StatsRows} cells, {SkillRows} skill rows")]
    private partial void LogAggregated(DateOnly day, int statsRows, int skillRows);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Market aggregation failed; retrying in {Pause}")]
    private partial void LogFailed(Exception exception, TimeSpan pause);
}
