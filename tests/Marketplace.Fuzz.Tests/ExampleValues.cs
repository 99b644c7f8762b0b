using System.Text.Json.Nodes;

namespace Marketplace.Fuzz.Tests;

/// <summary>A plausible, well-typed value for a schema: the base that each variant breaks in one place.</summary>
public static class ExampleValues
{
    public static JsonNode? For(JsonObject schema, int depth = 0)
    {
        if (SchemaResolver.Enum(schema) is [var first, ..])
        {
            return JsonValue.Create(first);
        }

        return SchemaResolver.Type(schema) switch
        {
            "integer" => JsonValue.Create(1),
            "number" => JsonValue.Create(1.5),
            "boolean" => JsonValue.Create(true),
            "array" => depth > 4 ? new JsonArray() : new JsonArray(For(schema["items"] as JsonObject ?? new JsonObject(), depth + 1)),
            "object" => Object(schema, depth),
            _ => JsonValue.Create(Text(schema)),
        };
    }

    public static string Text(JsonObject schema) => SchemaResolver.Format(schema) switch
    {
        "uuid" => Guid.NewGuid().ToString(),
        "date-time" => "2026-06-01T08:00:00Z",
        "date" => "2026-06-01",
        "email" => "fuzz@example.com",
        "uri" => "https://example.com/fuzz",
        _ => SchemaResolver.Type(schema) switch
        {
            "integer" => "1",
            "number" => "1.5",
            "boolean" => "true",
            _ => "fuzz value",
        },
    };

    private static JsonObject Object(JsonObject schema, int depth)
    {
        var result = new JsonObject();
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            result[name] = depth > 4 ? null : For(property as JsonObject ?? new JsonObject(), depth + 1);
        }

        return result;
    }
}
