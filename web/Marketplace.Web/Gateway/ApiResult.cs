namespace Marketplace.Web.Gateway;

/// <summary>What a gateway call gave: the value, or the problem to show (never an exception for a 4xx or 5xx).</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    public bool Succeeded => Problem is null;

    public static ApiResult<T> Success(T value) => new(value, null);

    public static ApiResult<T> Failure(ApiProblem problem) => new(default, problem);
}

/// <summary>
/// An RFC 9457 problem as a person should see it: the title and detail of a 4xx with its field errors keyed by the
/// API's snake_case field names (shown beside the fields), or, for a 5xx or an unreachable gateway, a plain sentence
/// and the trace id — never a stack trace.
/// </summary>
public sealed record ApiProblem(int Status, string Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors, string? TraceId)
{
    public static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public bool IsNotFound => Status == 404;

    public bool IsServerError => Status >= 500;

    /// <summary>The messages for one field (e.g. "cover_letter", "screening_answers[0]"), or null when it has none.</summary>
    public string? ErrorFor(string field) =>
        Errors.TryGetValue(field, out var messages) && messages.Length > 0 ? string.Join(" ", messages) : null;

    /// <summary>One line for a banner: the detail, else the title, and the first field error if any.</summary>
    public string Message => Detail ?? (Errors.Count > 0 ? $"{Title} {Errors.First().Value.FirstOrDefault()}" : Title);

    public static ApiProblem Unreachable(string? traceId) =>
        new(503, "The marketplace cannot be reached right now. Please try again in a moment.", null, NoErrors, traceId);

    public static ApiProblem ServerError(int status, string? traceId) =>
        new(status, "Something went wrong on our side. Please try again; if it keeps happening, quote the trace id.", null, NoErrors, traceId);
}
