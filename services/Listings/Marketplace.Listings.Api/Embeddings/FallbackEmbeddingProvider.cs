using Microsoft.Extensions.Logging;

namespace Marketplace.Listings.Api.Embeddings;

/// <summary>
/// The configured remote provider, falling back to the local one when it fails, so a missing or broken endpoint
/// never breaks a request (ARCHITECTURE §5). Vectors from the two live in different spaces; the fallback is logged.
/// </summary>
public sealed partial class FallbackEmbeddingProvider(
    OpenAiEmbeddingProvider remote, LocalEmbeddingProvider local, ILogger<FallbackEmbeddingProvider> logger) : IEmbeddingProvider
{
    public async Task<float[]> EmbedAsync(string text, CancellationToken cancellationToken)
    {
        try
        {
            return await remote.EmbedAsync(text, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException
                                      or System.Text.Json.JsonException && !cancellationToken.IsCancellationRequested)
        {
            LogFallback(e.GetType().Name);
            return local.Embed(text);
        }
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "The embedding endpoint failed ({Error}); using the local provider")]
    private partial void LogFallback(string error);
}
