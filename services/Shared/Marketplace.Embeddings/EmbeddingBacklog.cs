using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Marketplace.Embeddings;

/// <summary>
/// How many stored rows wait for a vector of the current model, per set ("job_listings", "candidate_profiles"):
/// the gauge "marketplace.embeddings.backlog" and the "embeddings" entry of /health show it.
/// </summary>
public sealed class EmbeddingBacklog : IDisposable
{
    private readonly ConcurrentDictionary<string, long> counts = new(StringComparer.Ordinal);
    private readonly Meter meter = new("Marketplace.Embeddings");

    public EmbeddingBacklog() =>
        meter.CreateObservableGauge("marketplace.embeddings.backlog",
            () => counts.Select(c => new Measurement<long>(c.Value, new KeyValuePair<string, object?>("set", c.Key))),
            unit: "{row}", description: "Stored rows waiting for a vector of the current embedding model");

    public void Report(string set, long count) => counts[set] = count;

    public IReadOnlyDictionary<string, long> Snapshot() => counts.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);

    public void Dispose() => meter.Dispose();
}
