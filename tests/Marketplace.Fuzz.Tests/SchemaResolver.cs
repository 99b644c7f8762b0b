using System.Text.Json.Nodes;

namespace Marketplace.Fuzz.Tests;

/// <summary>Follows "#/components/..." references and reads the parts of a JSON schema the fuzzer needs.</summary>
public sealed class SchemaResolver(JsonObject document)
{
    private const int MaxDepth = 4;

    public JsonObject? Resolve(JsonNode? node)
    {
        for (var hops = 0; node is JsonObject o && o["$ref"] is JsonValue reference && hops < 16; hops++)
        {
            node = Lookup((string)reference!);
        }

        return node as JsonObject;
    }

    /// <summary>A copy of <paramref name="schema"/> with $refs, allOf/oneOf/anyOf and nested properties resolved (bounded depth).</summary>
    public JsonObject Inline(JsonObject schema, int depth)
    {
        schema = Resolve(schema) ?? new JsonObject();
        var alternative = (schema["oneOf"] ?? schema["anyOf"] ?? schema["allOf"])?.AsArray()
            .Select(Resolve)
            .FirstOrDefault(s => s is not null && Type(s) != "null");
        if (alternative is not null && schema["properties"] is null && schema["type"] is null)
        {
            schema = alternative;
        }

        var copy = (JsonObject)schema.DeepClone();
        copy.Remove("oneOf");
        copy.Remove("anyOf");
        copy.Remove("allOf");
        if (depth >= MaxDepth)
        {
            copy.Remove("properties");
            copy.Remove("items");
            return copy;
        }

        if (copy["properties"] is JsonObject properties)
        {
            foreach (var name in properties.Select(p => p.Key).ToList())
            {
                properties[name] = Inline(properties[name] as JsonObject ?? new JsonObject(), depth + 1);
            }
        }

        if (copy["items"] is JsonObject items)
        {
            copy["items"] = Inline(items, depth + 1);
        }

        return copy;
    }

    /// <summary>The schema's main type: the first of "type" that is not "null", preferring non-string types.</summary>
    public static string Type(JsonObject schema)
    {
        var types = schema["type"] switch
        {
            JsonArray array => array.Select(t => (string)t!).ToList(),
            JsonValue value => [(string)value!],
            _ => schema["properties"] is not null ? ["object"] : schema["items"] is not null ? ["array"] : ["string"],
        };
        types.Remove("null");
        return types.FirstOrDefault(t => t != "string") ?? types.FirstOrDefault() ?? "string";
    }

    public static string? Format(JsonObject schema) => (string?)schema["format"];

    public static IReadOnlyList<string> Enum(JsonObject schema) =>
        schema["enum"]?.AsArray().Where(v => v is JsonValue).Select(v => v!.ToString()).ToList() ?? [];

    private JsonNode? Lookup(string reference)
    {
        JsonNode? node = document;
        foreach (var part in reference.TrimStart('#', '/').Split('/'))
        {
            node = node?[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
        }

        return node;
    }
}
