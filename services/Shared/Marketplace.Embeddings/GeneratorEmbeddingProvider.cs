using Microsoft.Extensions.AI;

namespace Marketplace.Embeddings;

/// <summary>
/// Any <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/> (an OpenAI-compatible endpoint by default), fitted to
/// <see cref="EmbeddingDimensions.Count"/> floats: models that support it are asked for that size, others are
/// truncated or padded and renormalized. Failures propagate: a vector from a fallback model would be in another space.
/// </summary>
public sealed class GeneratorEmbeddingProvider(IEmbeddingGenerator<string, Embedding<float>> generator, string model) : IEmbeddingProvider
{
    public string Model { get; } = $"openai:{model}";

    public async Task<float[]> EmbedAsync(string text, CancellationToken cancellationToken) =>
        (await EmbedManyAsync([text], cancellationToken))[0];

    public async Task<IReadOnlyList<float[]>> EmbedManyAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        var embeddings = await generator.GenerateAsync(texts, new EmbeddingGenerationOptions { Dimensions = EmbeddingDimensions.Count }, cancellationToken);
        return embeddings.Select(e =>
        {
            var vector = new float[EmbeddingDimensions.Count];
            var values = e.Vector.Span;
            values[..Math.Min(values.Length, vector.Length)].CopyTo(vector);
            return LocalEmbeddingProvider.Normalize(vector);
        }).ToArray();
    }
}
