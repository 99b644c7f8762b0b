using System.Text;
using System.Text.Json.Nodes;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Marketplace.Gateway.OpenApi;

/// <summary>Applies <see cref="GatewayOpenApiDocument"/> to the /openapi/&lt;service&gt;.json routes' responses.</summary>
internal static class OpenApiTransforms
{
    public static void Apply(TransformBuilderContext context)
    {
        if (context.Route.RouteId.EndsWith("-openapi", StringComparison.Ordinal))
        {
            context.AddResponseTransform(RewriteAsync);
        }
    }

    private static async ValueTask RewriteAsync(ResponseTransformContext context)
    {
        if (context.ProxyResponse is not { IsSuccessStatusCode: true } response)
        {
            return;
        }

        var text = await response.Content.ReadAsStringAsync(context.HttpContext.RequestAborted);
        if (JsonNode.Parse(text) is not JsonObject document)
        {
            return;
        }

        var request = context.HttpContext.Request;
        var rewritten = Encoding.UTF8.GetBytes(GatewayOpenApiDocument.Rewrite(document, $"{request.Scheme}://{request.Host}").ToJsonString());
        context.SuppressResponseBody = true;
        context.HttpContext.Response.ContentLength = rewritten.Length;
        context.HttpContext.Response.ContentType = "application/json; charset=utf-8";
        await context.HttpContext.Response.Body.WriteAsync(rewritten, context.HttpContext.RequestAborted);
    }
}
