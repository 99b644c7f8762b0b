using System.Text.Json;

namespace Marketplace.Web.Gateway;

/// <summary>Reads a failed response into an <see cref="ApiProblem"/>; a body that is not problem+json still gives its status.</summary>
internal static class ProblemReader
{
    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        JsonElement problem = default;
        try
        {
            if (response.Content.Headers.ContentType?.MediaType is { } media && media.Contains("json", StringComparison.OrdinalIgnoreCase))
            {
                problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            }
        }
        catch (JsonException)
        {
            // A proxy's HTML error page or a truncated body: the status still tells the story.
        }

        var traceId = Text(problem, "trace_id") ?? Text(problem, "traceId");
        if (status >= 500)
        {
            return ApiProblem.ServerError(status, traceId);
        }

        return new ApiProblem(status, Text(problem, "title") ?? DefaultTitle(status), Text(problem, "detail"), Errors(problem), traceId);
    }

    private static string DefaultTitle(int status) => status switch
    {
        401 => "Please sign in to do this.",
        403 => "Your account may not do this.",
        404 => "Not found — it may have been removed, or it is not visible to you.",
        409 => "This cannot be done in its current state.",
        429 => "Too many requests. Please wait a moment and try again.",
        _ => "The request could not be completed.",
    };

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static IReadOnlyDictionary<string, string[]> Errors(JsonElement problem)
    {
        if (problem.ValueKind != JsonValueKind.Object || !problem.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Object)
        {
            return ApiProblem.NoErrors;
        }

        return errors.EnumerateObject().ToDictionary(
            field => field.Name,
            field => field.Value.ValueKind == JsonValueKind.Array
                ? field.Value.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!).ToArray()
                : [field.Value.ToString()],
            StringComparer.Ordinal);
    }
}
