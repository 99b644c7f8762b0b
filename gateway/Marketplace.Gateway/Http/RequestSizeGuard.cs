namespace Marketplace.Gateway.Http;

/// <summary>
/// The gateway's own limits on the request line and headers, answered as problem+json with a trace id (414, 431)
/// rather than Kestrel's bare responses: Kestrel's limits are set higher (see GatewayServiceExtensions), so the
/// oversized requests the gateway means to refuse reach this middleware (issue #9, item 11).
/// </summary>
internal sealed class RequestSizeGuard(RequestDelegate next)
{
    public const int MaxTargetLength = 8 * 1024;
    public const int MaxHeadersLength = 32 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.Value?.Length + request.QueryString.Value?.Length > MaxTargetLength)
        {
            await GatewayProblem.WriteAsync(context, StatusCodes.Status414UriTooLong, "The URI is too long.",
                $"Path and query together may be at most {MaxTargetLength} characters.");
            return;
        }

        if (request.Headers.Sum(h => h.Key.Length + h.Value.Sum(v => v?.Length ?? 0)) > MaxHeadersLength)
        {
            await GatewayProblem.WriteAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "The request headers are too large.",
                $"Headers together may be at most {MaxHeadersLength} characters.");
            return;
        }

        await next(context);
    }
}
