using Microsoft.Extensions.Options;

namespace Marketplace.Applications.Api.Workers;

/// <summary>Runs <see cref="OfferExpirySweep"/> every interval; a failed pass is logged and retried on the next tick.</summary>
public sealed partial class OfferExpiryWorker(
    OfferExpirySweep sweep, IOptions<OfferExpiryOptions> options, ILogger<OfferExpiryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval);
        do
        {
            try
            {
                var expired = await sweep.RunAsync(options.Value, stoppingToken);
                if (expired > 0)
                {
                    LogExpired(expired);
                }
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException && !stoppingToken.IsCancellationRequested)
            {
                LogFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 30, Level = LogLevel.Information, Message = "Offer expiry sweep expired {Count} offers")]
    private partial void LogExpired(int count);

    [LoggerMessage(EventId = 31, Level = LogLevel.Warning, Message = "Offer expiry sweep failed; retrying next interval")]
    private partial void LogFailed(Exception exception);
}
