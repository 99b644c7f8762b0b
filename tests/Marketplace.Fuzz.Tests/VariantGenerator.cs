using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Marketplace.Fuzz.Tests;

/// <summary>
/// The malformed variants of one operation: each breaks the well-typed base request in one place (a parameter, a
/// body field, the body as a whole or its content type). Whole-body and paging variants are always sent; the rest
/// are sampled with a seed derived from the operation, so a run is repeatable and bounded.
/// </summary>
public static class VariantGenerator
{
    public const int MaxVariantsPerOperation = 80;

    /// <summary>The variant whose only fault is a query parameter the operation does not declare: it must be a 400 naming it.</summary>
    public const string UnknownParameter = "unknown query parameter";

    private const string Nul = "fuzz\u0000value";

    public static IReadOnlyList<Variant> For(OpenApiOperation operation)
    {
        var pathValues = operation.Parameters.Where(p => p.In == "path").ToDictionary(p => p.Name, p => ExampleValues.Text(p.Schema));
        var queryValues = operation.Parameters.Where(p => p.In == "query" && p.Required).ToDictionary(p => p.Name, p => ExampleValues.Text(p.Schema));
        var body = operation.BodySchema is null ? null : ExampleValues.For(operation.BodySchema);

        string Url(IReadOnlyDictionary<string, string> path, IEnumerable<KeyValuePair<string, string>> query)
        {
            var url = operation.Path;
            foreach (var (name, value) in path)
            {
                url = url.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
            }

            var pairs = query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}").ToList();
            return pairs.Count == 0 ? url : url + "?" + string.Join('&', pairs);
        }

        var baseUrl = Url(pathValues, queryValues);
        Func<HttpContent?> baseContent = () => Content(operation.BodyContentType, body);

        var always = new List<Variant> { new("well-typed request", null, baseUrl, baseContent) };
        var sampled = new List<Variant>();

        foreach (var parameter in operation.Parameters.Where(p => p.In is "path" or "query"))
        {
            var paging = parameter.Name is "page" or "page_size" or "limit" or "offset";
            // A NUL in the path never reaches the application: the server rejects the request line itself.
            foreach (var (description, value) in BadScalars(parameter.Schema).Where(b => parameter.In == "query" || !b.Item2.Contains('\0')))
            {
                var variant = parameter.In == "path"
                    ? new Variant($"path {parameter.Name}: {description}", parameter.Name,
                        Url(new Dictionary<string, string>(pathValues) { [parameter.Name] = value }, queryValues), baseContent)
                    : new Variant($"query {parameter.Name}: {description}", parameter.Name,
                        Url(pathValues, new Dictionary<string, string>(queryValues) { [parameter.Name] = value }), baseContent);
                (paging ? always : sampled).Add(variant);
            }

            if (parameter.In == "query" && parameter.Required)
            {
                sampled.Add(new Variant($"query {parameter.Name}: missing", parameter.Name,
                    Url(pathValues, queryValues.Where(q => q.Key != parameter.Name)), baseContent));
            }
        }

        always.Add(new Variant(UnknownParameter, "fuzz_unknown", Url(pathValues, queryValues.Append(new("fuzz_unknown", "1"))), baseContent));

        if (operation.BodyContentType is { } contentType)
        {
            always.AddRange(WholeBody(baseUrl, contentType));
            if (operation.BodySchema is not null && body is JsonObject fields)
            {
                sampled.AddRange(BodyFields(operation.BodySchema, fields, "", baseUrl, contentType));
                sampled.Add(new Variant("body: extra field", "fuzz_extra", baseUrl,
                    () => Content(contentType, With(fields, o => o["fuzz_extra"] = "x"))));
            }
        }

        var random = new Random(Seed(operation.Id));
        var room = Math.Max(0, MaxVariantsPerOperation - always.Count);
        return always.Concat(sampled.OrderBy(_ => random.Next()).Take(room)).ToList();
    }

    /// <summary>Values of the wrong shape for a scalar of <paramref name="schema"/>, as they would appear in a URL.</summary>
    private static IEnumerable<(string, string)> BadScalars(JsonObject schema)
    {
        yield return ("NUL byte", Nul);
        yield return ("empty", "");
        yield return ("huge number", "99999999999999999999");
        yield return ("negative", "-1");
        yield return ("int max", "2147483647");
        var type = SchemaResolver.Type(schema);
        if (type is "integer" or "number" or "boolean")
        {
            yield return ("not a number", "abc");
        }

        if (SchemaResolver.Enum(schema).Count > 0)
        {
            yield return ("invalid enum", "not_a_value");
        }

        switch (SchemaResolver.Format(schema))
        {
            case "uuid":
                yield return ("invalid uuid", "not-a-uuid");
                break;
            case "date-time" or "date":
                yield return ("invalid date", "2026-13-45T99:00:00Z");
                break;
        }
    }

    private static IEnumerable<Variant> WholeBody(string url, string contentType)
    {
        yield return new Variant("body: empty", "body", url, () => Raw("", contentType));
        yield return new Variant("body: not JSON", "body", url, () => Raw("{not json", contentType.Contains("json") ? contentType : "application/json"));
        yield return new Variant("body: JSON null", "body", url, () => Raw("null", "application/json"));
        yield return new Variant("body: JSON array", "body", url, () => Raw("[]", "application/json"));
        yield return new Variant("body: wrong content type", "body", url, () => Raw("hello", "text/plain"));
        yield return new Variant("body: none", "body", url, () => null);
        if (contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            yield return new Variant("multipart: no boundary", "body", url, () => Raw("--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc", "multipart/form-data"));
            yield return new Variant("multipart: truncated", "body", url, () =>
                Raw("--fuzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.json\"\r\nContent-Type: application/json\r\n\r\n[{\"ti", "multipart/form-data; boundary=fuzz"));
        }
    }

    private static IEnumerable<Variant> BodyFields(JsonObject schema, JsonObject fields, string prefix, string url, string contentType)
    {
        foreach (var (name, propertyNode) in schema["properties"]?.AsObject() ?? [])
        {
            var property = propertyNode as JsonObject ?? new JsonObject();
            var field = prefix + name;
            Variant Set(string description, JsonNode? value) =>
                new($"body {field}: {description}", field, url, () => Content(contentType, Replace(fields, prefix, name, value)));

            yield return Set("null", null);
            yield return new Variant($"body {field}: missing", field, url, () => Content(contentType, Replace(fields, prefix, name, null, remove: true)));
            var type = SchemaResolver.Type(property);
            yield return Set("wrong type", type == "string" ? JsonValue.Create(12345) : JsonValue.Create("abc"));
            switch (type)
            {
                case "string":
                    yield return Set("NUL byte", Nul);
                    yield return Set("very long", new string('x', 100_000));
                    if (SchemaResolver.Enum(property).Count > 0)
                    {
                        yield return Set("invalid enum", "not_a_value");
                    }

                    if (SchemaResolver.Format(property) is "uuid")
                    {
                        yield return Set("invalid uuid", "not-a-uuid");
                    }

                    if (SchemaResolver.Format(property) is "date-time" or "date")
                    {
                        yield return Set("invalid date", "2026-13-45T99:00:00Z");
                    }

                    break;
                case "integer" or "number":
                    yield return Set("huge number", JsonNode.Parse("99999999999999999999999"));
                    yield return Set("negative", JsonValue.Create(-1));
                    yield return Set("int max", JsonValue.Create(int.MaxValue));
                    break;
                case "array":
                    yield return Set("[null]", new JsonArray((JsonNode?)null));
                    yield return Set("[NUL byte]", new JsonArray(JsonValue.Create(Nul)));
                    yield return Set("[wrong type]", new JsonArray(new JsonObject { ["x"] = 1 }));
                    break;
                case "object" when prefix.Length == 0 && fields[name] is JsonObject nested:
                    foreach (var inner in BodyFields(property, nested, field + ".", url, contentType))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }

    private static JsonNode Replace(JsonObject fields, string prefix, string name, JsonNode? value, bool remove = false) =>
        With(fields, root =>
        {
            var target = prefix.Length == 0 ? root : (JsonObject)root[prefix.TrimEnd('.')]!;
            if (remove)
            {
                target.Remove(name);
            }
            else
            {
                target[name] = value?.DeepClone();
            }
        });

    private static JsonObject With(JsonObject fields, Action<JsonObject> change)
    {
        var copy = (JsonObject)fields.DeepClone();
        change(copy);
        return copy;
    }

    private static HttpContent? Content(string? contentType, JsonNode? body)
    {
        if (contentType is null)
        {
            return null;
        }

        if (!contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            return Raw(body?.ToJsonString() ?? "null", contentType);
        }

        var form = new MultipartFormDataContent("fuzz-boundary");
        foreach (var (name, value) in body as JsonObject ?? [])
        {
            var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? "";
            if (name is "file" or "files")
            {
                var file = new ByteArrayContent(Encoding.UTF8.GetBytes("[{\"title\":\"fuzz\"}]"));
                file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                form.Add(file, name, "fuzz.json");
            }
            else
            {
                form.Add(new StringContent(text), name);
            }
        }

        return form;
    }

    private static ByteArrayContent Raw(string text, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    /// <summary>FNV-1a: string.GetHashCode is randomized per process, and the sample must repeat.</summary>
    private static int Seed(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7fffffff) ^ int.Parse("20261130", CultureInfo.InvariantCulture);
    }
}
