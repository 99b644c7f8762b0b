using Microsoft.Extensions.Options;

namespace Marketplace.Listings.Api.Alerts;

/// <summary>Runs <see cref="JobAlertMatcher"/> every "JobAlerts:Interval"; a failed pass is logged and retried on the next tick.</summary>
public sealed partial class JobAlertWorker(
    JobAlertMatcher matcher, IOptions<JobAlertOptions> options, ILogger<JobAlertWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval);
        do
        {
            try
            {
                await matcher.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException && !stoppingToken.IsCancellationRequested)
            {
                LogFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 42, Level = LogLevel.Warning, Message = "Job alert pass failed; retrying next interval")]
    private partial void LogFailed(Exception exception);
}
