namespace Marketplace.Embeddings;

/// <summary>The one vector size: all-MiniLM-L6-v2's 384; the hashed fallback and remote providers answer as many floats.</summary>
public static class EmbeddingDimensions
{
    public const int Count = 384;
}
