namespace Marketplace.Embeddings;

/// <summary>
/// Turns text into a unit vector of <see cref="EmbeddingDimensions.Count"/> floats. <see cref="Model"/> names the
/// space the vectors live in: every stored vector records it, and vectors of two models are never compared.
/// </summary>
public interface IEmbeddingProvider
{
    /// <summary>A stable name of the model and its settings, e.g. "all-MiniLM-L6-v2"; stored beside every vector.</summary>
    string Model { get; }

    Task<float[]> EmbedAsync(string text, CancellationToken cancellationToken);

    /// <summary>Several texts in one call (a batch costs less per text than one call each); answers in input order.</summary>
    Task<IReadOnlyList<float[]>> EmbedManyAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
