using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Embeddings;

/// <summary>
/// Embeds stored rows off the request path, in batches: rows without a vector of the current model (new rows, and
/// every row after a change of model). A service derives one per table, giving the SQL; this loop reports the
/// backlog, logs and continues with backoff on any failure.
/// </summary>
public abstract partial class EmbeddingRefreshWorker(
    IEmbeddingProvider provider, EmbeddingBacklog backlog, IOptions<EmbeddingOptions> options, ILogger logger) : BackgroundService
{
    /// <summary>The set's name in the backlog ("job_listings").</summary>
    protected abstract string Set { get; }

    /// <summary>Rows whose vector is missing or of another model.</summary>
    protected abstract Task<long> CountBacklogAsync(string model, CancellationToken cancellationToken);

    /// <summary>Embeds up to <paramref name="batchSize"/> waiting rows and stores them with <paramref name="provider"/>'s model; answers how many.</summary>
    protected abstract Task<int> RefreshBatchAsync(IEmbeddingProvider provider, int batchSize, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var settings = options.Value;
            try
            {
                backlog.Report(Set, await CountBacklogAsync(provider.Model, stoppingToken));
                var done = await RefreshBatchAsync(provider, settings.BatchSize, stoppingToken);
                failures = 0;
                if (done > 0)
                {
                    LogRefreshed(Set, done, provider.Model);
                    continue;
                }

                await Task.Delay(settings.RefreshInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                failures++;
                LogFailed(e, Set);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, Math.Min(failures, 6)))), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(EventId = 9100, Level = LogLevel.Debug, Message = "Embedded {Count} rows of {Set} with {Model}")]
    private partial void LogRefreshed(string set, int count, string model);

    [LoggerMessage(EventId = 9101, Level = LogLevel.Warning, Message = "Embedding refresh of {Set} failed; retrying with backoff")]
    private partial void LogFailed(Exception exception, string set);
}
