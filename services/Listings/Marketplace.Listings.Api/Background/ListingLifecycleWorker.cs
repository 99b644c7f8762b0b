using Microsoft.Extensions.Options;

namespace Marketplace.Listings.Api.Background;

/// <summary>Runs <see cref="ListingLifecycleSweep"/> every interval; a failed pass is logged and retried on the next tick.</summary>
public sealed partial class ListingLifecycleWorker(
    ListingLifecycleSweep sweep, IOptions<ListingLifecycleOptions> options, ILogger<ListingLifecycleWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval);
        do
        {
            try
            {
                var changed = await sweep.RunAsync(options.Value, stoppingToken);
                if (changed > 0)
                {
                    LogSwept(changed);
                }
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException && !stoppingToken.IsCancellationRequested)
            {
                LogFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Lifecycle sweep changed {Count} listings")]
    private partial void LogSwept(int count);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "Lifecycle sweep failed; retrying next interval")]
    private partial void LogFailed(Exception exception);
}
