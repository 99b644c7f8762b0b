using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Marketplace.Embeddings;

/// <summary>Always healthy (a backlog is work, not a fault); its description shows the model and each set's backlog.</summary>
public sealed class EmbeddingBacklogHealthCheck(EmbeddingBacklog backlog, IEmbeddingProvider provider) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var sets = backlog.Snapshot();
        var description = $"model {provider.Model}; backlog " + (sets.Count == 0 ? "unknown" : string.Join(", ", sets.Select(s => $"{s.Key}={s.Value}")));
        return Task.FromResult(HealthCheckResult.Healthy(description, sets.ToDictionary(s => s.Key, s => (object)s.Value)));
    }
}
