using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Marketplace.ServiceDefaults.Http;

/// <summary>
/// Rejects, before any endpoint runs, the input no endpoint can store: a NUL character in a query parameter, a form
/// field or a JSON string (PostgreSQL refuses it in text), and a null element inside a JSON list. The 400 names the
/// field (<c>visibility_cascade[0]</c>, <c>criteria.city</c>). A malformed or truncated multipart body is answered 400
/// "body" here, so no endpoint meets it (issue #9, item 9); malformed JSON is left to model binding, which names the field.
/// </summary>
public sealed class InputGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var problem = QueryProblem(context.Request.Query);
        if (problem is null && context.Request.HasJsonContentType())
        {
            problem = await JsonProblemAsync(context.Request);
        }
        else if (problem is null && context.Request.HasFormContentType)
        {
            problem = await FormProblemAsync(context.Request);
        }

        if (problem is { } found)
        {
            await Results.ValidationProblem(new Dictionary<string, string[]> { [found.Field] = [found.Message] }).ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private static (string Field, string Message)? QueryProblem(IQueryCollection query)
    {
        foreach (var (key, values) in query)
        {
            if (key.Contains('\0', StringComparison.Ordinal) || values.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true))
            {
                return (key.Replace("\0", "", StringComparison.Ordinal), "A NUL character is not allowed.");
            }
        }

        return null;
    }

    private static async Task<(string Field, string Message)?> FormProblemAsync(HttpRequest request)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException)
        {
            return ("body", "The form body is malformed or truncated.");
        }

        foreach (var (key, values) in form)
        {
            if (key.Contains('\0', StringComparison.Ordinal) || values.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true))
            {
                return (key.Replace("\0", "", StringComparison.Ordinal), "A NUL character is not allowed.");
            }
        }

        return null;
    }

    private static async Task<(string Field, string Message)?> JsonProblemAsync(HttpRequest request)
    {
        request.EnableBuffering();
        byte[] body;
        using (var copy = new MemoryStream())
        {
            await request.Body.CopyToAsync(copy, request.HttpContext.RequestAborted);
            body = copy.ToArray();
        }

        request.Body.Position = 0;
        try
        {
            return Scan(body);
        }
        catch (JsonException)
        {
            return null; // not JSON at all: model binding answers 400 naming the field (BadRequestExceptionHandler)
        }
    }

    /// <summary>Walks the JSON once, tracking the path, and reports the first NUL string or null list element.</summary>
    internal static (string Field, string Message)? Scan(ReadOnlySpan<byte> json)
    {
        if (json.IsEmpty)
        {
            return null; // the endpoint decides whether a body is required, naming it
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });
        var path = new List<PathSegment>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var name = reader.GetString()!;
                    if (name.Contains('\0', StringComparison.Ordinal))
                    {
                        return (Format(path), "A NUL character is not allowed in a field name.");
                    }

                    path[^1] = path[^1] with { Property = name };
                    continue;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    Advance(path);
                    path.Add(new PathSegment(reader.TokenType == JsonTokenType.StartArray, -1, null));
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    path.RemoveAt(path.Count - 1);
                    continue;
                case JsonTokenType.Null:
                    Advance(path);
                    if (path.Count > 0 && path[^1].IsArray)
                    {
                        return (Format(path), "A list may not contain null.");
                    }

                    continue;
                case JsonTokenType.String:
                    Advance(path);
                    if ((reader.ValueIsEscaped ? reader.GetString()! : "").Contains('\0', StringComparison.Ordinal))
                    {
                        return (Format(path), "A NUL character is not allowed.");
                    }

                    continue;
                default:
                    Advance(path);
                    continue;
            }
        }

        return null;
    }

    // A value inside an array moves that array's index on.
    private static void Advance(List<PathSegment> path)
    {
        if (path.Count > 0 && path[^1].IsArray)
        {
            path[^1] = path[^1] with { Index = path[^1].Index + 1 };
        }
    }

    private static string Format(List<PathSegment> path)
    {
        var text = new System.Text.StringBuilder();
        foreach (var segment in path)
        {
            if (segment.IsArray)
            {
                text.Append('[').Append(segment.Index).Append(']');
            }
            else if (segment.Property is not null)
            {
                text.Append(text.Length == 0 ? "" : ".").Append(segment.Property);
            }
        }

        return text.Length == 0 ? "body" : text.ToString();
    }

    private readonly record struct PathSegment(bool IsArray, int Index, string? Property);
}
