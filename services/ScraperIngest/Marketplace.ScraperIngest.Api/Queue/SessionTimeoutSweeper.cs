using Marketplace.ServiceDefaults.Workers;
using Microsoft.Extensions.Options;

namespace Marketplace.ScraperIngest.Api.Queue;

/// <summary>Periodically times out abandoned scrape sessions (docs/adr/0041); a failed pass is retried with backoff.</summary>
public sealed partial class SessionTimeoutSweeper(
    ScrapeQueue queue,
    IOptions<QueueOptions> options,
    ILogger<SessionTimeoutSweeper> logger) : PeriodicWorker(logger)
{
    protected override TimeSpan Interval => options.Value.SweepInterval;

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        var expired = await queue.ExpireSessionsAsync(stoppingToken);
        if (expired > 0)
        {
            LogExpired(expired);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Timed out {SessionCount} scrape sessions and returned their roles to the queue")]
    private partial void LogExpired(int sessionCount);
}
