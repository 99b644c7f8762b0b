using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Marketplace.Embeddings;

/// <summary>
/// An <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/> over an OpenAI-compatible /v1/embeddings endpoint (OpenAI,
/// Azure, Ollama, vLLM) with a plain HttpClient: the abstraction is the contract, no vendor SDK is needed.
/// </summary>
public sealed class OpenAiCompatibleEmbeddingGenerator(HttpClient http, IOptions<EmbeddingOptions> options)
    : IEmbeddingGenerator<string, Embedding<float>>
{
    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? generationOptions = null, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var endpoint = settings.Endpoint ?? throw new InvalidOperationException("Embeddings:Endpoint is not configured.");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint, "embeddings"))
        {
            Content = JsonContent.Create(new EmbeddingRequest(settings.Model, values.ToArray(), generationOptions?.Dimensions)),
        };
        if (settings.ApiKey is { Length: > 0 } key)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<EmbeddingResponse>(cancellationToken)
            ?? throw new InvalidOperationException("The embedding endpoint answered an empty body.");
        return new GeneratedEmbeddings<Embedding<float>>(body.Data.OrderBy(d => d.Index).Select(d => new Embedding<float>(d.Embedding)));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    private sealed record EmbeddingRequest(
        [property: JsonPropertyName("model")] string Model,
        [property: JsonPropertyName("input")] string[] Input,
        [property: JsonPropertyName("dimensions"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Dimensions);

    private sealed record EmbeddingResponse([property: JsonPropertyName("data")] IReadOnlyList<EmbeddingData> Data);

    private sealed record EmbeddingData([property: JsonPropertyName("index")] int Index, [property: JsonPropertyName("embedding")] float[] Embedding);
}
