using System.Text.Json;

namespace Marketplace.Fuzz.Tests;

/// <summary>
/// What the guard demands of an answer to malformed input: never a 5xx; every 4xx RFC 9457 problem+json with a
/// trace id; a 400 with field errors, each naming a field.
/// </summary>
public static class ResponseVerdict
{
    /// <summary>Null when the answer is acceptable, otherwise why not.</summary>
    public static async Task<string?> JudgeAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"{status} {await Excerpt(response)}";
        }

        if (status < 400)
        {
            return null;
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType != "application/problem+json")
        {
            return $"{status} answered as '{mediaType ?? "(no body)"}', not problem+json";
        }

        JsonElement problem;
        try
        {
            problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        }
        catch (JsonException)
        {
            return $"{status} problem+json that is not JSON";
        }

        if (!problem.TryGetProperty("trace_id", out _))
        {
            return $"{status} problem+json without trace_id";
        }

        if (status == 400)
        {
            if (!problem.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Object
                || !errors.EnumerateObject().Any() || errors.EnumerateObject().Any(e => string.IsNullOrWhiteSpace(e.Name)))
            {
                return $"400 that names no field: {await Excerpt(response)}";
            }
        }

        return null;
    }

    private static async Task<string> Excerpt(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length > 300 ? text[..300] + "…" : text;
    }
}
