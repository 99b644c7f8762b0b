using System.Text.Json;
using Dapper;
using Marketplace.Applications.Api.Data;
using Marketplace.Applications.Api.Domain;
using Marketplace.Contracts.Applications;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Marketplace.Applications.Api.Apis;

/// <summary>
/// Interviews of an application, by its hiring team. Scheduling moves the application to interview_scheduled;
/// when no interview is left scheduled it moves to interview_completed if one was completed, else back to shortlisted.
/// </summary>
public static class InterviewsApi
{
    public static IEndpointRouteBuilder MapInterviewsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/jobs/applications/{id:guid}").WithTags("Interviews").RequireAuthorization(Policies.HiringTeam);
        group.MapPost("/interview", ScheduleAsync).WithName("ScheduleInterview").WithSummary("Schedule an interview (phone, video, in_person, technical)");
        group.MapPost("/interviews/{interview_id:guid}/reschedule", RescheduleAsync).WithName("RescheduleInterview").WithSummary("Move a scheduled interview");
        group.MapPost("/interviews/{interview_id:guid}/cancel", CancelAsync).WithName("CancelInterview").WithSummary("Cancel a scheduled interview");
        group.MapPost("/interviews/{interview_id:guid}/complete", CompleteAsync).WithName("CompleteInterview").WithSummary("Record a rating (1–5) and structured feedback");
        group.MapPost("/interviews/{interview_id:guid}/no-show", NoShowAsync).WithName("InterviewNoShow").WithSummary("The applicant did not attend");
        return app;
    }

    public static async Task<Results<Created<InterviewResponse>, ValidationProblem, NotFound, ProblemHttpResult>> ScheduleAsync(
        Guid id, ScheduleInterviewRequest request, Caller caller, [AsParameters] ApplicationServices services, CancellationToken cancellationToken)
    {
        var now = services.Time.GetUtcNow();
        var errors = new ValidationErrors();
        var type = errors.Enum<InterviewType>("interview_type", request.InterviewType, required: true);
        ValidateTime(errors, request.ScheduledAt, request.DurationMinutes, request.Location, now, required: true);
        errors.Check(request.Interviewers is not { Count: > 20 }, "interviewers", "interviewers has at most 20 names.");
        errors.List("interviewers", request.Interviewers, 20, 200);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        await using var connection = await services.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var application = await ApplicationStore.LockAsync(connection, transaction, id, caller, Access.HiringTeamSql);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        var status = SnakeCase.Parse<ApplicationStatus>(application.Status);
        if (status != ApplicationStatus.InterviewScheduled && !ApplicationStatusMachine.CanMove(status, ApplicationStatus.InterviewScheduled))
        {
            return Problems.Conflict(title: "The application is not in a state that allows this.",
                detail: $"The application is {application.Status}; interviews follow shortlisting.");
        }

        var interview = new InterviewRow
        {
            Id = Guid.CreateVersion7(),
            ApplicationId = id,
            InterviewType = SnakeCase.Of(type!.Value),
            ScheduledAt = request.ScheduledAt!.Value.UtcDateTime,
            DurationMinutes = request.DurationMinutes ?? 60,
            Location = request.Location?.Trim(),
            Interviewers = (request.Interviewers ?? []).Select(i => i!.Trim()).ToArray(),
            Status = "scheduled",
        };
        await InterviewStore.InsertAsync(connection, transaction, new
        {
            interview.Id, interview.ApplicationId, interview.InterviewType, ScheduledAt = request.ScheduledAt.Value.ToUniversalTime(),
            interview.DurationMinutes, interview.Location, interview.Interviewers, Now = now,
        });
        if (status != ApplicationStatus.InterviewScheduled)
        {
            await ApplicationStore.MoveAsync(connection, transaction, application, ApplicationStatus.InterviewScheduled, caller.UserId, null, null, now);
        }

        await PublishScheduledAsync(connection, transaction, application, interview.Id, interview.InterviewType, request.ScheduledAt.Value, interview.DurationMinutes, now);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/jobs/applications/{id}", InterviewResponse.From(interview, viewerIsApplicant: false));
    }

    public static async Task<Results<Ok<InterviewResponse>, ValidationProblem, NotFound, ProblemHttpResult>> RescheduleAsync(
        Guid id, [FromRoute(Name = "interview_id")] Guid interviewId, RescheduleInterviewRequest request, Caller caller,
        [AsParameters] ApplicationServices services, CancellationToken cancellationToken)
    {
        var now = services.Time.GetUtcNow();
        var errors = new ValidationErrors();
        ValidateTime(errors, request.ScheduledAt, request.DurationMinutes, request.Location, now, required: true);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await ChangeAsync(id, interviewId, caller, services, cancellationToken, async (connection, transaction, application, interview) =>
        {
            var duration = request.DurationMinutes ?? interview.DurationMinutes;
            await connection.ExecuteAsync("""
                update interviews set scheduled_at = @ScheduledAt, duration_minutes = @Duration,
                    location = coalesce(@Location, location), updated_at = @Now
                where id = @Id
                """, new { interview.Id, ScheduledAt = request.ScheduledAt!.Value.ToUniversalTime(), Duration = duration, Location = request.Location?.Trim(), Now = now }, transaction);
            await PublishScheduledAsync(connection, transaction, application, interview.Id, interview.InterviewType, request.ScheduledAt.Value, duration, now);
        });
    }

    public static Task<Results<Ok<InterviewResponse>, ValidationProblem, NotFound, ProblemHttpResult>> CancelAsync(
        Guid id, [FromRoute(Name = "interview_id")] Guid interviewId, Caller caller, [AsParameters] ApplicationServices services,
        CancellationToken cancellationToken) =>
        EndAsync(id, interviewId, "cancelled", null, null, caller, services, cancellationToken);

    public static Task<Results<Ok<InterviewResponse>, ValidationProblem, NotFound, ProblemHttpResult>> NoShowAsync(
        Guid id, [FromRoute(Name = "interview_id")] Guid interviewId, Caller caller, [AsParameters] ApplicationServices services,
        CancellationToken cancellationToken) =>
        EndAsync(id, interviewId, "no_show", null, null, caller, services, cancellationToken);

    public static async Task<Results<Ok<InterviewResponse>, ValidationProblem, NotFound, ProblemHttpResult>> CompleteAsync(
        Guid id, [FromRoute(Name = "interview_id")] Guid interviewId, CompleteInterviewRequest request, Caller caller,
        [AsParameters] ApplicationServices services, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Required("rating", request.Rating);
        errors.Range("rating", request.Rating, 1, 5);
        var recommendation = errors.Enum<Recommendation>("recommendation", request.Recommendation, required: false);
        errors.List("strengths", request.Strengths, 20, 500);
        errors.List("concerns", request.Concerns, 20, 500);
        errors.Length("notes", request.Notes, 1, 5000);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var feedback = new InterviewFeedback(
            recommendation is { } r ? SnakeCase.Of(r) : null,
            (request.Strengths ?? []).Select(s => s!.Trim()).ToList(),
            (request.Concerns ?? []).Select(s => s!.Trim()).ToList(),
            request.Notes?.Trim());
        return await EndAsync(id, interviewId, "completed", request.Rating, feedback, caller, services, cancellationToken);
    }

    private static Task<Results<Ok<InterviewResponse>, ValidationProblem, NotFound, ProblemHttpResult>> EndAsync(
        Guid id, Guid interviewId, string outcome, int? rating, InterviewFeedback? feedback, Caller caller,
        ApplicationServices services, CancellationToken cancellationToken) =>
        ChangeAsync(id, interviewId, caller, services, cancellationToken, async (connection, transaction, application, interview) =>
        {
            var now = services.Time.GetUtcNow();
            await connection.ExecuteAsync("""
                update interviews set status = @Outcome, rating = @Rating, feedback = @Feedback::jsonb, updated_at = @Now where id = @Id
                """,
                new { interview.Id, Outcome = outcome, Rating = rating, Feedback = feedback is null ? null : JsonSerializer.Serialize(feedback, Snapshots.Json), Now = now },
                transaction);
            var (open, anyCompleted) = await InterviewStore.TallyAsync(connection, transaction, id);
            if (open == 0 && application.Status == "interview_scheduled")
            {
                var to = anyCompleted ? ApplicationStatus.InterviewCompleted : ApplicationStatus.Shortlisted;
                await ApplicationStore.MoveAsync(connection, transaction, application, to, caller.UserId, outcome == "completed" ? null : $"interview_{outcome}", null, now);
            }
        });

    /// <summary>Locks the hiring team's application and its scheduled interview, applies <paramref name="change"/>, commits.</summary>
    private static async Task<Results<Ok<InterviewResponse>, ValidationProblem, NotFound, ProblemHttpResult>> ChangeAsync(
        Guid id, Guid interviewId, Caller caller, ApplicationServices services, CancellationToken cancellationToken,
        Func<NpgsqlConnection, NpgsqlTransaction, ApplicationRow, InterviewRow, Task> change)
    {
        await using var connection = await services.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var application = await ApplicationStore.LockAsync(connection, transaction, id, caller, Access.HiringTeamSql);
        var interview = application is null ? null : await InterviewStore.LockAsync(connection, transaction, id, interviewId);
        if (application is null || interview is null)
        {
            return TypedResults.NotFound();
        }

        if (interview.Status != "scheduled" || ApplicationStatusMachine.IsFinal(SnakeCase.Parse<ApplicationStatus>(application.Status)))
        {
            return Problems.Conflict(title: "The interview is not in a state that allows this.",
                detail: $"The interview is {interview.Status} and the application is {application.Status}.");
        }

        await change(connection, transaction, application, interview);
        var after = await InterviewStore.LockAsync(connection, transaction, id, interviewId);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(InterviewResponse.From(after!, viewerIsApplicant: false));
    }

    private static void ValidateTime(ValidationErrors errors, DateTimeOffset? scheduledAt, int? duration, string? location, DateTimeOffset now, bool required)
    {
        if (required)
        {
            errors.Required("scheduled_at", scheduledAt);
        }

        errors.Check(scheduledAt is null || scheduledAt > now && scheduledAt < now.AddYears(2), "scheduled_at", "scheduled_at is in the future (within two years).");
        errors.Range("duration_minutes", duration, 10, 480);
        errors.Length("location", location, 1, 500);
    }

    private static Task PublishScheduledAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, ApplicationRow application, Guid interviewId, string type,
        DateTimeOffset scheduledAt, int duration, DateTimeOffset now) =>
        Outbox.EnqueueAsync(connection, transaction, new InterviewScheduled(
            Guid.NewGuid(), now, interviewId, application.Id, application.JobId, application.OrganizationId, application.ApplicantUserId,
            type, scheduledAt.ToUniversalTime(), duration));
}
