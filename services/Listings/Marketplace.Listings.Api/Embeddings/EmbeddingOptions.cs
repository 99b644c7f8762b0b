namespace Marketplace.Listings.Api.Embeddings;

/// <summary>"Embeddings" configuration: Provider "local" (default) or "openai" with an OpenAI-compatible endpoint.</summary>
public sealed class EmbeddingOptions
{
    public string Provider { get; set; } = "local";

    public Uri? Endpoint { get; set; }

    public string Model { get; set; } = "text-embedding-3-small";

    public string? ApiKey { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);
}
