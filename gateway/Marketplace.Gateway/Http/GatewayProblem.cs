using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Gateway.Http;

/// <summary>
/// Problem details for answers the gateway's own middleware gives before the endpoint pipeline runs (429, 401);
/// written through IProblemDetailsService so they carry the same trace_id and instance as every other error.
/// </summary>
internal static class GatewayProblem
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
