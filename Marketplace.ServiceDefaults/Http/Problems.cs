using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.ServiceDefaults.Http;

/// <summary>
/// The one way to answer 404/409/403 with a body: problem+json through the problem details service, so the trace id
/// is added (a <c>TypedResults.Conflict(new ProblemDetails…)</c> is plain application/json without one).
/// </summary>
public static class Problems
{
    public static ProblemHttpResult Conflict(string detail, string title = "The request conflicts with the current state.") =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);

    public static ProblemHttpResult NotFound(string? detail = null) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: detail);

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.", detail: detail);
}
