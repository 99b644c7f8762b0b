using Polly;

namespace Marketplace.ServiceDefaults.Resilience;

/// <summary>Runs every outgoing HttpClient request through the shared transient-fault pipeline.</summary>
public sealed class ResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        await pipeline.ExecuteAsync(
            async token => await base.SendAsync(request, token),
            cancellationToken);
}
