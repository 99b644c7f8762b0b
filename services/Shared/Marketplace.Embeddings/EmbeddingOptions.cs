namespace Marketplace.Embeddings;

/// <summary>
/// "Embeddings" configuration. Provider "minilm" (default: all-MiniLM-L6-v2 in-process), "hashed" (the fast
/// deterministic fallback, for tests that are not about semantic quality) or "openai" (an OpenAI-compatible
/// endpoint through <c>IEmbeddingGenerator</c>).
/// </summary>
public sealed class EmbeddingOptions
{
    public string Provider { get; set; } = EmbeddingProviders.MiniLm;

    public Uri? Endpoint { get; set; }

    public string Model { get; set; } = "text-embedding-3-small";

    public string? ApiKey { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Rows embedded per batch by the refresh workers (MiniLM: ~13 long texts/s on 2 cores, so a batch is seconds).</summary>
    public int BatchSize { get; set; } = 16;

    /// <summary>How often an idle refresh worker looks for rows to embed.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(1);
}
