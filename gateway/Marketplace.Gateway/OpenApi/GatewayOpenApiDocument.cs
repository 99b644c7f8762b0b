using System.Text.Json.Nodes;

namespace Marketplace.Gateway.OpenApi;

/// <summary>
/// Rewrites a service's OpenAPI document as served through the gateway (issue #9, item 18): the gateway is the only
/// server (never the internal service address), the bearer and scraper API-key schemes are declared, and every
/// operation lists the 401/403/404 problem answers the gateway and services give.
/// </summary>
public static class GatewayOpenApiDocument
{
    public const string BearerScheme = "bearer";
    public const string ApiKeyScheme = "api_key";

    public static JsonObject Rewrite(JsonObject document, string gatewayOrigin)
    {
        document["servers"] = new JsonArray(new JsonObject { ["url"] = gatewayOrigin, ["description"] = "The marketplace gateway" });
        var components = document["components"] as JsonObject ?? new JsonObject();
        document["components"] = components;
        var schemes = components["securitySchemes"] as JsonObject ?? new JsonObject();
        components["securitySchemes"] = schemes;
        schemes[BearerScheme] = new JsonObject
        {
            ["type"] = "http",
            ["scheme"] = "bearer",
            ["bearerFormat"] = "JWT",
            ["description"] = "An access token from the identity provider (in Development: POST /dev/tokens).",
        };
        schemes[ApiKeyScheme] = new JsonObject
        {
            ["type"] = "apiKey",
            ["in"] = "header",
            ["name"] = "X-Api-Key",
            ["description"] = "A scraper API key (the scrape queue only).",
        };

        foreach (var (path, item) in document["paths"]?.AsObject() ?? [])
        {
            foreach (var (_, node) in item?.AsObject() ?? [])
            {
                if (node is not JsonObject operation || operation["responses"] is not JsonObject && operation["operationId"] is null && operation["tags"] is null)
                {
                    continue;
                }

                var scheme = path.StartsWith("/api/v1/scraper/queue", StringComparison.Ordinal) ? ApiKeyScheme : BearerScheme;
                operation["security"] ??= new JsonArray(new JsonObject { [scheme] = new JsonArray() });
                var responses = operation["responses"] as JsonObject ?? new JsonObject();
                operation["responses"] = responses;
                AddProblem(responses, "401", "No valid credentials.");
                AddProblem(responses, "403", "The caller may not do this.");
                AddProblem(responses, "404", "Not found, or not the caller's.");
            }
        }

        return document;
    }

    private static void AddProblem(JsonObject responses, string status, string description)
    {
        if (responses.ContainsKey(status))
        {
            return;
        }

        responses[status] = new JsonObject
        {
            ["description"] = description,
            ["content"] = new JsonObject
            {
                ["application/problem+json"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "object" } },
            },
        };
    }
}
