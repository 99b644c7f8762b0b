using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Marketplace.ServiceDefaults.Workers;

/// <summary>
/// A background pass run every <see cref="Interval"/>. Any exception of a pass is logged and the loop goes on, waiting
/// longer after each consecutive failure (doubling, up to <see cref="MaxBackoff"/>) and back to the interval after a
/// success: a bug or a poisoned row never stops the worker for good (issue #9, item 14).
/// </summary>
public abstract partial class PeriodicWorker(ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    protected virtual TimeSpan MaxBackoff => TimeSpan.FromMinutes(5);

    /// <summary>One pass; the worker's own logging of what it did belongs here.</summary>
    protected abstract Task RunOnceAsync(CancellationToken stoppingToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                failures++;
                LogPassFailed(e, GetType().Name, failures);
            }

            try
            {
                await Task.Delay(Delay(failures), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>The wait before the next pass: the interval, doubled per consecutive failure, capped.</summary>
    public TimeSpan Delay(int consecutiveFailures)
    {
        if (consecutiveFailures == 0)
        {
            return Interval;
        }

        var backoff = Interval * Math.Pow(2, Math.Min(consecutiveFailures, 16));
        return backoff < MaxBackoff ? backoff : (Interval > MaxBackoff ? Interval : MaxBackoff);
    }

    [LoggerMessage(EventId = 900, Level = LogLevel.Warning, Message = "{Worker} pass failed ({Failures} in a row); continuing after a backoff")]
    private partial void LogPassFailed(Exception exception, string worker, int failures);
}
