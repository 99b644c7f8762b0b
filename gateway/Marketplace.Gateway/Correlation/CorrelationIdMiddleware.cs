using System.Diagnostics;

namespace Marketplace.Gateway.Correlation;

/// <summary>
/// Gives every request an X-Correlation-Id before anything else can answer it: the request header carries it to
/// the service (YARP forwards request headers), the response returns it, and logs and the span carry it.
/// </summary>
internal sealed class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[CorrelationId.HeaderName];
        var id = incoming.Count == 1 && CorrelationId.IsValid(incoming[0]) ? incoming[0]! : CorrelationId.New();

        context.Request.Headers[CorrelationId.HeaderName] = id;
        // Set when the headers go out so it also overrides whatever the service echoed.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[CorrelationId.HeaderName] = id;
            return Task.CompletedTask;
        });
        Activity.Current?.SetTag("correlation.id", id);

        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = id }))
        {
            await next(context);
        }
    }
}
