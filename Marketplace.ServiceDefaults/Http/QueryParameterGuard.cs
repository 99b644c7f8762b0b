using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.ServiceDefaults.Http;

/// <summary>
/// A query parameter the endpoint does not declare is a 400 naming it, never silently ignored: a client sending
/// <c>pageSize</c> or <c>queueStatus</c> instead of the snake_case names would otherwise get an unfiltered answer
/// (issue #9, item 10). The declared names are those the OpenAPI document lists (the API explorer's descriptions).
/// </summary>
public sealed class QueryParameterGuard(RequestDelegate next, IApiDescriptionGroupCollectionProvider descriptions)
{
    // Keyed by the handler (minimal APIs put its MethodInfo in the endpoint's metadata) and the HTTP method.
    private Dictionary<(MethodInfo Handler, string Method), FrozenSet<string>>? declared;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Query.Count > 0
            && context.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>() is { } handler
            && Declared().TryGetValue((handler, context.Request.Method), out var allowed)
            && context.Request.Query.Keys.FirstOrDefault(k => !allowed.Contains(k) && !IsWebSocketToken(context, k)) is { } unknown)
        {
            // The error key goes through the JSON dictionary-key policy (snake_case), so the message names it as sent.
            var message = allowed.Count == 0
                ? $"'{unknown}' is not a query parameter of this operation, which takes none."
                : $"'{unknown}' is not a query parameter of this operation, which takes {string.Join(", ", allowed.Order(StringComparer.Ordinal))}.";
            await Results.ValidationProblem(new Dictionary<string, string[]> { [unknown] = [message] }).ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    // A browser cannot set headers on a WebSocket handshake, so its bearer token comes as ?access_token= and is read by
    // authentication, not by the handler (Emergency-Dispatch's live board; the gateway takes it on that path only).
    // The Upgrade header, not context.WebSockets: this guard runs before a service's UseWebSockets.
    private static bool IsWebSocketToken(HttpContext context, string key) =>
        key == "access_token" && context.Request.Headers.Upgrade.Any(v => string.Equals(v, "websocket", StringComparison.OrdinalIgnoreCase));

    private Dictionary<(MethodInfo, string), FrozenSet<string>> Declared() =>
        declared ??= descriptions.ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .Where(d => d.HttpMethod is not null && d.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().Any())
            .GroupBy(d => (d.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().First(), d.HttpMethod!.ToUpperInvariant()))
            .ToDictionary(
                g => g.Key,
                g => g.SelectMany(d => d.ParameterDescriptions)
                    .Where(p => p.Source == BindingSource.Query)
                    .Select(p => p.Name)
                    .ToFrozenSet(StringComparer.Ordinal));
}
