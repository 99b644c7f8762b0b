using System.Text.Json;
using Marketplace.ScraperIngest.Api.Import;

namespace Marketplace.ScraperIngest.Api.Apis;

/// <summary>
/// The body of POST /queue/jobs, read by hand rather than bound: JobSpy's rows are loosely typed (NaN, numbers
/// as strings, snake_case or camelCase), so each row stays a JsonElement for <see cref="BatchParser"/>.
/// </summary>
public sealed record JobsBody(JsonDocument? Document, Guid SessionId, IReadOnlyList<JsonElement> Rows, Dictionary<string, string[]>? Errors)
{
    public static async Task<JobsBody> ReadAsync(HttpRequest request, int maxRows, CancellationToken cancellationToken)
    {
        // Not disposed here: the document parsed below reads from this buffer for as long as it lives. Sized from the
        // declared length (up to 64 MB, so a false header cannot reserve more), it is not regrown and copied as it fills.
        var buffer = new MemoryStream((int)Math.Clamp(request.ContentLength ?? 0, 0, 64L * 1024 * 1024));
        await request.Body.CopyToAsync(buffer, cancellationToken);
        JsonDocument document;
        try
        {
            document = LenientJson.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        }
        catch (JsonException)
        {
            return Invalid("body", "The body is not valid JSON.");
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            return Invalid("body", "The body must be an object with session_id and jobs.");
        }

        var errors = new Dictionary<string, string[]>();
        var sessionId = Guid.Empty;
        if (!(TryProperty(root, "session_id", "sessionId", out var session) && session.ValueKind == JsonValueKind.String && session.TryGetGuid(out sessionId)))
        {
            errors["session_id"] = ["A session id (UUID) from next-role is required."];
        }

        var rows = new List<JsonElement>();
        if (TryProperty(root, "jobs", "jobs", out var jobs) && jobs.ValueKind == JsonValueKind.Array)
        {
            rows.AddRange(jobs.EnumerateArray());
            if (rows.Count > maxRows)
            {
                errors["jobs"] = [$"At most {maxRows} jobs per request."];
            }
        }
        else
        {
            errors["jobs"] = ["A jobs array is required (it may be empty)."];
        }

        if (errors.Count > 0)
        {
            document.Dispose();
            return new JobsBody(null, Guid.Empty, [], errors);
        }

        return new JobsBody(document, sessionId, rows, null);
    }

    private static bool TryProperty(JsonElement root, string snake, string camel, out JsonElement value) =>
        root.TryGetProperty(snake, out value) || root.TryGetProperty(camel, out value);

    private static JobsBody Invalid(string field, string message) =>
        new(null, Guid.Empty, [], new Dictionary<string, string[]> { [field] = [message] });
}
