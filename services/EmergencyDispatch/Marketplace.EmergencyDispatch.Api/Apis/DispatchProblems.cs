using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.EmergencyDispatch.Api.Apis;

/// <summary>409s: a job no longer open, an answer given twice, a technician who cannot be assigned.</summary>
public static class DispatchProblems
{
    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The emergency job is not in a state that allows this.", detail: detail);
}
