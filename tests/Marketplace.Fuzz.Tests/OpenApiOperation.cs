using System.Text.Json.Nodes;

namespace Marketplace.Fuzz.Tests;

/// <summary>One operation of an OpenAPI document: method, path template, parameters and request body schema.</summary>
public sealed record OpenApiOperation(
    string Method,
    string Path,
    IReadOnlyList<OpenApiParameter> Parameters,
    string? BodyContentType,
    JsonObject? BodySchema)
{
    public string Id => $"{Method} {Path}";

    public override string ToString() => Id;

    /// <summary>Every operation of <paramref name="document"/>, with $refs resolved.</summary>
    public static IReadOnlyList<OpenApiOperation> ReadAll(JsonObject document)
    {
        var schemas = new SchemaResolver(document);
        var operations = new List<OpenApiOperation>();
        foreach (var (path, item) in document["paths"]?.AsObject() ?? [])
        {
            foreach (var (method, node) in item!.AsObject())
            {
                if (method is "parameters" or "summary" or "description" or "servers" || node is not JsonObject operation)
                {
                    continue;
                }

                var parameters = (operation["parameters"]?.AsArray() ?? [])
                    .Select(p => schemas.Resolve(p) ?? new JsonObject())
                    .Select(p => new OpenApiParameter(
                        (string)p["name"]!,
                        (string)p["in"]!,
                        p["required"]?.GetValue<bool>() ?? false,
                        schemas.Resolve(p["schema"]) ?? new JsonObject()))
                    .ToList();
                var content = schemas.Resolve(operation["requestBody"])?["content"]?.AsObject();
                var (contentType, schema) = content is null || content.Count == 0
                    ? (null, null)
                    : PreferJson(content, schemas);
                operations.Add(new OpenApiOperation(method.ToUpperInvariant(), path, parameters, contentType, schema));
            }
        }

        return operations;
    }

    private static (string?, JsonObject?) PreferJson(JsonObject content, SchemaResolver schemas)
    {
        var chosen = content.FirstOrDefault(c => c.Key.Contains("json", StringComparison.OrdinalIgnoreCase));
        if (chosen.Key is null)
        {
            chosen = content.First();
        }

        return (chosen.Key, schemas.Resolve(chosen.Value?["schema"]) is { } schema ? schemas.Inline(schema, 0) : null);
    }
}
