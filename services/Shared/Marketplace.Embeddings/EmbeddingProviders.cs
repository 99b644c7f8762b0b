namespace Marketplace.Embeddings;

/// <summary>The values of "Embeddings:Provider".</summary>
public static class EmbeddingProviders
{
    public const string MiniLm = "minilm";
    public const string Hashed = "hashed";
    public const string OpenAi = "openai";
}
