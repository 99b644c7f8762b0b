using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.ServiceDefaults.Http;
using Marketplace.Web.Identity;
using Microsoft.Extensions.ServiceDiscovery;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Marketplace.Web.Gateway;

/// <summary>
/// The web app's only way out: the gateway's REST API with the signed-in person's token. Every call answers an
/// <see cref="ApiResult{T}"/>; a 4xx carries its problem+json (field errors included), a 5xx or an unreachable gateway
/// a plain message with the trace id.
/// </summary>
public sealed class GatewayClient(HttpClient http, AccessTokenProvider tokens, ServiceEndpointResolver resolver)
{
    public const string ServiceName = "gateway";

    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Get, path, body: null, cancellationToken);

    public Task<ApiResult<T>> PostAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, body, cancellationToken);

    public Task<ApiResult<T>> PutAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Put, path, body, cancellationToken);

    public Task<ApiResult<T>> PatchAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Patch, path, body, cancellationToken);

    public Task<ApiResult<JsonElement>> DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        SendAsync<JsonElement>(HttpMethod.Delete, path, body: null, cancellationToken);

    /// <summary>The gateway's address for a WebSocket path (ws://host:port/path), resolved by service discovery.</summary>
    public async Task<Uri> WebSocketUriAsync(string pathAndQuery, CancellationToken cancellationToken = default)
    {
        var baseUri = http.BaseAddress!;
        if (baseUri.Host == ServiceName)
        {
            var source = await resolver.GetEndpointsAsync(baseUri.GetLeftPart(UriPartial.Authority), cancellationToken);
            baseUri = source.Endpoints.Select(e => e.EndPoint).OfType<UriEndPoint>().Select(e => e.Uri).FirstOrDefault()
                ?? (source.Endpoints.Select(e => e.EndPoint).OfType<IPEndPoint>().FirstOrDefault() is { } ip
                    ? new Uri($"http://{ip}") : throw new InvalidOperationException("The gateway's address is unknown."));
        }

        var builder = new UriBuilder(new Uri(baseUri, pathAndQuery)) { Scheme = baseUri.Scheme == "https" ? "wss" : "ws" };
        return builder.Uri;
    }

    /// <summary>The signed-in person's gateway token, or null for an anonymous visitor.</summary>
    public ValueTask<string?> AccessTokenAsync() => tokens.GetAsync();

    private async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (await tokens.GetAsync() is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: HttpConventions.JsonOptions);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
                {
                    return ApiResult<T>.Success(default!);
                }

                var value = await response.Content.ReadFromJsonAsync<T>(HttpConventions.JsonOptions, cancellationToken);
                return ApiResult<T>.Success(value!);
            }

            return ApiResult<T>.Failure(await ProblemReader.ReadAsync(response, cancellationToken));
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or BrokenCircuitException
                                       or TaskCanceledException { CancellationToken.IsCancellationRequested: false })
        {
            return ApiResult<T>.Failure(ApiProblem.Unreachable(Activity.Current?.TraceId.ToString()));
        }
    }
}
