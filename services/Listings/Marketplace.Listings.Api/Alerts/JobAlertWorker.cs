using Marketplace.ServiceDefaults.Workers;
using Microsoft.Extensions.Options;

namespace Marketplace.Listings.Api.Alerts;

/// <summary>Runs <see cref="JobAlertMatcher"/> every "JobAlerts:Interval"; a failed pass is logged and retried with backoff.</summary>
public sealed class JobAlertWorker(JobAlertMatcher matcher, IOptions<JobAlertOptions> options, ILogger<JobAlertWorker> logger)
    : PeriodicWorker(logger)
{
    protected override TimeSpan Interval => options.Value.Interval;

    protected override Task RunOnceAsync(CancellationToken stoppingToken) => matcher.RunOnceAsync(stoppingToken);
}
