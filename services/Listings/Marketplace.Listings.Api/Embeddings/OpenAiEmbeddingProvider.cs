using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Marketplace.Listings.Api.Embeddings;

/// <summary>
/// An OpenAI-compatible /v1/embeddings endpoint (OpenAI, Azure, Ollama, vLLM). The vector is truncated or padded
/// to <see cref="EmbeddingDimensions.Count"/> and renormalized; models that support it are asked for that size.
/// </summary>
public sealed class OpenAiEmbeddingProvider(HttpClient http, IOptions<EmbeddingOptions> options) : IEmbeddingProvider
{
    public async Task<float[]> EmbedAsync(string text, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var endpoint = settings.Endpoint ?? throw new InvalidOperationException("Embeddings:Endpoint is not configured.");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint, "embeddings"))
        {
            Content = JsonContent.Create(new EmbeddingRequest(settings.Model, text, EmbeddingDimensions.Count)),
        };
        if (settings.ApiKey is { Length: > 0 } key)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<EmbeddingResponse>(cancellationToken)
            ?? throw new InvalidOperationException("The embedding endpoint answered an empty body.");
        var values = body.Data.FirstOrDefault()?.Embedding ?? throw new InvalidOperationException("The embedding endpoint answered no vector.");
        var vector = new float[EmbeddingDimensions.Count];
        Array.Copy(values, vector, Math.Min(values.Length, vector.Length));
        return LocalEmbeddingProvider.Normalize(vector);
    }

    private sealed record EmbeddingRequest(
        [property: JsonPropertyName("model")] string Model,
        [property: JsonPropertyName("input")] string Input,
        [property: JsonPropertyName("dimensions")] int Dimensions);

    private sealed record EmbeddingResponse([property: JsonPropertyName("data")] IReadOnlyList<EmbeddingData> Data);

    private sealed record EmbeddingData([property: JsonPropertyName("embedding")] float[] Embedding);
}
