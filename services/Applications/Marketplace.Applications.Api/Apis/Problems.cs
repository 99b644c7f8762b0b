namespace Marketplace.Applications.Api.Apis;

/// <summary>The service's 409s: problem details naming the state the resource is in.</summary>
public static class Problems
{
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);

    public static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
