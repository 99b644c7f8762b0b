using Marketplace.ServiceDefaults.Workers;
using Microsoft.Extensions.Options;

namespace Marketplace.Listings.Api.Background;

/// <summary>Runs <see cref="ListingLifecycleSweep"/> every interval; a failed pass is logged and retried with backoff.</summary>
public sealed partial class ListingLifecycleWorker(
    ListingLifecycleSweep sweep, IOptions<ListingLifecycleOptions> options, ILogger<ListingLifecycleWorker> logger) : PeriodicWorker(logger)
{
    protected override TimeSpan Interval => options.Value.Interval;

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        var changed = await sweep.RunAsync(options.Value, stoppingToken);
        if (changed > 0)
        {
            LogSwept(changed);
        }
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Lifecycle sweep changed {Count} listings")]
    private partial void LogSwept(int count);
}
