namespace Marketplace.Listings.Api.Embeddings;

/// <summary>The one vector size: job_listings.embedding is vector(256), and every provider answers this many floats.</summary>
public static class EmbeddingDimensions
{
    public const int Count = 256;
}
