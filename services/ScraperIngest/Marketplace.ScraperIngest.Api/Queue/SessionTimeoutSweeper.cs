using Microsoft.Extensions.Options;

namespace Marketplace.ScraperIngest.Api.Queue;

/// <summary>Periodically times out abandoned scrape sessions (docs/adr/0041).</summary>
public sealed partial class SessionTimeoutSweeper(
    ScrapeQueue queue,
    IOptions<QueueOptions> options,
    ILogger<SessionTimeoutSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval);
        do
        {
            try
            {
                var expired = await queue.ExpireSessionsAsync(stoppingToken);
                if (expired > 0)
                {
                    LogExpired(expired);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(ex);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Timed out {SessionCount} scrape sessions and returned their roles to the queue")]
    private partial void LogExpired(int sessionCount);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Sweeping expired scrape sessions failed; retrying at the next interval")]
    private partial void LogSweepFailed(Exception exception);
}
