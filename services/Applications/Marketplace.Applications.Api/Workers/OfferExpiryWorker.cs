using Marketplace.ServiceDefaults.Workers;
using Microsoft.Extensions.Options;

namespace Marketplace.Applications.Api.Workers;

/// <summary>
/// Runs <see cref="OfferExpirySweep"/> every interval; a failed pass (whatever the exception) is logged by
/// <see cref="PeriodicWorker"/> and retried with backoff, so the worker never stops for good.
/// </summary>
public sealed partial class OfferExpiryWorker(
    OfferExpirySweep sweep, IOptions<OfferExpiryOptions> options, ILogger<OfferExpiryWorker> logger) : PeriodicWorker(logger)
{
    protected override TimeSpan Interval => options.Value.Interval;

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        var expired = await sweep.RunAsync(options.Value, stoppingToken);
        if (expired > 0)
        {
            LogExpired(expired);
        }
    }

    [LoggerMessage(EventId = 30, Level = LogLevel.Information, Message = "Offer expiry sweep expired {Count} offers")]
    private partial void LogExpired(int count);
}
