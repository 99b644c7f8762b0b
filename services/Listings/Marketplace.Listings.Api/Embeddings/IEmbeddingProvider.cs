namespace Marketplace.Listings.Api.Embeddings;

/// <summary>Turns text into a unit vector of <see cref="EmbeddingDimensions.Count"/> floats for the vector arm of search.</summary>
public interface IEmbeddingProvider
{
    Task<float[]> EmbedAsync(string text, CancellationToken cancellationToken);
}
