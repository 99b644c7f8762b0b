using Marketplace.MarketAnalytics.Api.Data;
using Marketplace.ServiceDefaults.Workers;
using Microsoft.Extensions.Options;

namespace Marketplace.MarketAnalytics.Api.Workers;

/// <summary>
/// Keeps the daily statistics current: every <see cref="AggregationOptions.Interval"/> it rebuilds yesterday
/// (late events) and today (UTC). A failed pass is logged by <see cref="PeriodicWorker"/> and retried with backoff;
/// it never stops. With <see cref="AggregationOptions.Enabled"/> off a pass does nothing.
/// </summary>
public sealed partial class DailyAggregationWorker(
    DailyAggregator aggregator, TimeProvider clock, IOptions<AggregationOptions> options, ILogger<DailyAggregationWorker> logger)
    : PeriodicWorker(logger)
{
    protected override TimeSpan Interval => options.Value.Interval;

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var day in new[] { today.AddDays(-1), today })
        {
            var result = await aggregator.AggregateAsync(day, stoppingToken);
            LogAggregated(day, result.StatsRows, result.SkillRows);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Aggregated market statistics of {Day}: {StatsRows} cells, {SkillRows} skill rows")]
    private partial void LogAggregated(DateOnly day, int statsRows, int skillRows);
}
