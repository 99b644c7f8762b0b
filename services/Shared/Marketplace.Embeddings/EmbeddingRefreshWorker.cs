using Marketplace.ServiceDefaults.Workers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Embeddings;

/// <summary>
/// Embeds stored rows off the request path, in batches: rows without a vector of the current model (new rows, and
/// every row after a change of model). A service derives one per table, giving the SQL. Each pass reports the backlog
/// and drains it batch by batch; the passes run every <see cref="EmbeddingOptions.RefreshInterval"/> through
/// <see cref="PeriodicWorker"/>, which logs a failed pass and continues with backoff.
/// </summary>
public abstract partial class EmbeddingRefreshWorker(
    IEmbeddingProvider provider, EmbeddingBacklog backlog, IOptions<EmbeddingOptions> options, ILogger logger) : PeriodicWorker(logger)
{
    private readonly ILogger refreshLogger = logger;

    /// <summary>The set's name in the backlog ("job_listings").</summary>
    protected abstract string Set { get; }

    protected override TimeSpan Interval => options.Value.RefreshInterval;

    // As before this loop moved onto PeriodicWorker: a failing refresh waits at most a minute between attempts.
    protected override TimeSpan MaxBackoff => TimeSpan.FromMinutes(1);

    /// <summary>Rows whose vector is missing or of another model.</summary>
    protected abstract Task<long> CountBacklogAsync(string model, CancellationToken cancellationToken);

    /// <summary>Embeds up to <paramref name="batchSize"/> waiting rows and stores them with <paramref name="provider"/>'s model; answers how many.</summary>
    protected abstract Task<int> RefreshBatchAsync(IEmbeddingProvider provider, int batchSize, CancellationToken cancellationToken);

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        // A full batch means more may be waiting: keep going without the interval until a batch finds nothing.
        while (!stoppingToken.IsCancellationRequested)
        {
            backlog.Report(Set, await CountBacklogAsync(provider.Model, stoppingToken));
            var done = await RefreshBatchAsync(provider, options.Value.BatchSize, stoppingToken);
            if (done == 0)
            {
                return;
            }

            LogRefreshed(Set, done, provider.Model);
        }
    }

    [LoggerMessage(EventId = 9100, Level = LogLevel.Debug, Message = "Embedded {Count} rows of {Set} with {Model}")]
    private partial void LogRefreshed(string set, int count, string model);
}
