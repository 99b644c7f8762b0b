using Marketplace.Applications.Api.Data;
using Marketplace.Applications.Api.Interviewing;
using Marketplace.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Applications.Api.Apis;

/// <summary>Interview preparation for an application, for its applicant or its hiring team.</summary>
public static class InterviewQuestionsApi
{
    public static IEndpointRouteBuilder MapInterviewQuestionsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/jobs/applications/{id:guid}/interview-questions", QuestionsAsync)
            .RequireAuthorization(Policies.SignedIn).WithTags("Interviews").WithName("ApplicationInterviewQuestions")
            .WithSummary("Behavioral and technical questions from the job's occupation (O*NET) and requirements");
        return app;
    }

    public static async Task<Results<Ok<InterviewQuestionSet>, NotFound>> QuestionsAsync(
        Guid id, Caller caller, [AsParameters] ApplicationServices services, InterviewQuestionService questions, CancellationToken cancellationToken)
    {
        var application = await services.Store.GetAsync(id, caller, Access.EitherSql, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        var job = await services.Store.JobProfileAsync(application.JobId, cancellationToken);
        return TypedResults.Ok(await questions.BuildAsync(job, cancellationToken));
    }
}
