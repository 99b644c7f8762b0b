using Dapper;
using Marketplace.Applications.Api.Data;
using Marketplace.Applications.Api.Domain;
using Marketplace.Contracts.Applications;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Applications.Api.Apis;

/// <summary>
/// The hiring team's view of applications to its organization's listings, the pipeline moves, and the applicant's
/// own list. Ownership is a condition in every query (<see cref="Access"/>): someone else's application is 404.
/// </summary>
public static class ApplicationsApi
{
    public static IEndpointRouteBuilder MapApplicationsApi(this IEndpointRouteBuilder app)
    {
        var hiring = app.MapGroup("/api/v1/jobs").WithTags("Applications").RequireAuthorization(Policies.HiringTeam);
        hiring.MapGet("/{job_id:guid}/applications", ListForJobAsync).WithName("ListJobApplications")
            .WithSummary("Applications to one of the organization's listings, by match score (unscored last) or date");
        hiring.MapPatch("/applications/{id:guid}/status", ChangeStatusAsync).WithName("ChangeApplicationStatus")
            .WithSummary("Move an application: viewed, shortlisted, rejected (reason, feedback) or hired");

        var either = app.MapGroup("/api/v1/jobs/applications").WithTags("Applications").RequireAuthorization(Policies.SignedIn);
        either.MapGet("/{id:guid}", GetAsync).WithName("GetApplication")
            .WithSummary("An application with its history, interviews and offer: the hiring team's or the applicant's own");

        var mine = app.MapGroup("/api/v1/jobs/my-applications").WithTags("My applications").RequireAuthorization(Policies.SignedIn);
        mine.MapGet("/", ListMineAsync).WithName("ListMyApplications").WithSummary("The caller's own applications with each job's title and status");
        mine.MapDelete("/{id:guid}", WithdrawAsync).WithName("WithdrawApplication").WithSummary("Withdraw one's own open application");
        return app;
    }

    public static async Task<Results<Ok<PagedResult<ApplicationResponse>>, ValidationProblem, NotFound>> ListForJobAsync(
        [FromRoute(Name = "job_id")] Guid jobId, Caller caller, [AsParameters] ApplicationServices services, CancellationToken cancellationToken,
        [FromQuery(Name = "status")] string? status = null, [FromQuery(Name = "knockout")] bool? knockout = null,
        [FromQuery(Name = "sort")] string? sort = null,
        [FromQuery(Name = "page")] int? page = null, [FromQuery(Name = "page_size")] int? pageSize = null)
    {
        var errors = new ValidationErrors();
        var statusFilter = errors.Enum<ApplicationStatus>("status", status, required: false);
        errors.Check(sort is null or "match_score" or "newest" or "oldest", "sort", "sort is one of: match_score, newest, oldest.");
        var paging = errors.Page(page, pageSize);
        if (paging is null || !errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        await using var connection = await services.DataSource.OpenConnectionAsync(cancellationToken);
        var parameters = new DynamicParameters(Access.Parameters(caller));
        parameters.AddDynamicParams(new
        {
            JobId = jobId,
            Status = statusFilter is { } s ? SnakeCase.Of(s) : null,
            Knockout = knockout ?? false,
            Limit = paging.PageSize,
            paging.Offset,
        });
        var owned = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "select exists (select 1 from listings where listing_id = @JobId and organization_id = @CallerOrganizationId)",
            parameters, cancellationToken: cancellationToken));
        if (!owned)
        {
            return TypedResults.NotFound();
        }

        // Knockouts are kept apart (knockout=true), so that an automatic rejection never crowds the real list.
        var where = $"""
            where a.job_id = @JobId and {Access.HiringTeamSql}
              and (@Status::text is null or a.status = @Status) and a.knockout = @Knockout
            """;
        var order = sort switch
        {
            "newest" => "a.applied_at desc, a.id",
            "oldest" => "a.applied_at, a.id",
            _ => "s.score desc nulls last, a.applied_at, a.id",
        };
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"select count(*) from applications a {where}", parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<ApplicationRow>(new CommandDefinition(
            $"select {ApplicationRow.Columns} from {ApplicationRow.From} {where} order by {order} limit @Limit offset @Offset",
            parameters, cancellationToken: cancellationToken));
        var items = rows.Select(r => ApplicationResponse.From(r, viewerIsApplicant: false)).ToList();
        return TypedResults.Ok(new PagedResult<ApplicationResponse>(items, total, paging.Page, paging.PageSize, paging.HasMore(total, items.Count)));
    }

    public static async Task<Results<Ok<ApplicationResponse>, NotFound>> GetAsync(
        Guid id, Caller caller, [AsParameters] ApplicationServices services, CancellationToken cancellationToken)
    {
        var application = await services.Store.GetAsync(id, caller, Access.EitherSql, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        var isApplicant = application.ApplicantUserId == caller.UserId;
        if (!isApplicant && application.Status == "submitted")
        {
            // The hiring team opened it for the first time: submitted → viewed, published like every move.
            await using var connection = await services.DataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var locked = await ApplicationStore.LockAsync(connection, transaction, id, caller, Access.HiringTeamSql);
            if (locked is { Status: "submitted" })
            {
                await ApplicationStore.MoveAsync(connection, transaction, locked, ApplicationStatus.Viewed, caller.UserId, null, null, services.Time.GetUtcNow());
            }

            await transaction.CommitAsync(cancellationToken);
            application = (await services.Store.GetAsync(id, caller, Access.EitherSql, cancellationToken))!;
        }

        return TypedResults.Ok(await DetailAsync(application, isApplicant, services, cancellationToken));
    }

    internal static async Task<ApplicationResponse> DetailAsync(
        ApplicationRow application, bool isApplicant, ApplicationServices services, CancellationToken cancellationToken)
    {
        var history = await services.Store.HistoryAsync(application.Id, cancellationToken);
        await using var connection = await services.DataSource.OpenConnectionAsync(cancellationToken);
        var interviews = await InterviewStore.ListAsync(connection, application.Id, cancellationToken);
        var offer = await OfferStore.LatestAsync(connection, application.Id, cancellationToken);
        return ApplicationResponse.From(application, isApplicant) with
        {
            History = history.Select(HistoryEntry.From).ToList(),
            Interviews = interviews.Select(i => InterviewResponse.From(i, isApplicant)).ToList(),
            Offer = offer is null ? null : OfferResponse.From(offer),
        };
    }

    public static async Task<Results<Ok<ApplicationResponse>, ValidationProblem, NotFound, ProblemHttpResult>> ChangeStatusAsync(
        Guid id, StatusChangeRequest request, Caller caller, [AsParameters] ApplicationServices services, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var to = errors.Enum<ApplicationStatus>("status", request.Status, required: true);
        errors.Check(to is null or ApplicationStatus.Viewed or ApplicationStatus.Shortlisted or ApplicationStatus.Rejected or ApplicationStatus.Hired,
            "status", "status is viewed, shortlisted, rejected or hired here; interviews and offers move the rest.");
        var reason = errors.Enum<RejectionReason>("reason", request.Reason, required: to == ApplicationStatus.Rejected);
        errors.Check(request.Reason is null || to == ApplicationStatus.Rejected, "reason", "reason is for rejections.");
        errors.Length("feedback", request.Feedback, 1, 2000);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var now = services.Time.GetUtcNow();
        await using var connection = await services.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var application = await ApplicationStore.LockAsync(connection, transaction, id, caller, Access.HiringTeamSql);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        var from = SnakeCase.Parse<ApplicationStatus>(application.Status);
        if (!ApplicationStatusMachine.CanMove(from, to!.Value))
        {
            return Problems.Conflict(title: "The application is not in a state that allows this.",
                detail: $"The application is {application.Status}; it cannot become {SnakeCase.Of(to.Value)}.");
        }

        await ApplicationStore.MoveAsync(connection, transaction, application, to.Value, caller.UserId,
            reason is { } r ? SnakeCase.Of(r) : null, request.Feedback?.Trim(), now);
        if (to == ApplicationStatus.Rejected)
        {
            await InterviewStore.CancelOpenAsync(connection, transaction, id, now);
            await OfferStore.WithdrawOpenAsync(connection, transaction, id, now);
            await ApplicantNotices.RejectedAsync(connection, transaction, id, application.JobId, application.ApplicantUserId,
                application.JobTitle, SnakeCase.Of(reason!.Value), request.Feedback?.Trim(), now);
        }
        else if (to == ApplicationStatus.Hired)
        {
            await Outbox.EnqueueAsync(connection, transaction, new CandidateHired(
                Guid.NewGuid(), now, id, application.JobId, application.OrganizationId, application.ApplicantUserId,
                application.JobCategory, ApplicationResponse.Utc(application.AppliedAt), now));
        }

        await transaction.CommitAsync(cancellationToken);
        var after = (await services.Store.GetAsync(id, caller, Access.HiringTeamSql, cancellationToken))!;
        return TypedResults.Ok(await DetailAsync(after, false, services, cancellationToken));
    }

    public static async Task<Results<Ok<PagedResult<ApplicationResponse>>, ValidationProblem>> ListMineAsync(
        Caller caller, [AsParameters] ApplicationServices services, CancellationToken cancellationToken,
        [FromQuery(Name = "status")] string? status = null,
        [FromQuery(Name = "page")] int? page = null, [FromQuery(Name = "page_size")] int? pageSize = null)
    {
        var errors = new ValidationErrors();
        var statusFilter = errors.Enum<ApplicationStatus>("status", status, required: false);
        var paging = errors.Page(page, pageSize);
        if (paging is null || !errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        await using var connection = await services.DataSource.OpenConnectionAsync(cancellationToken);
        var parameters = new DynamicParameters(Access.Parameters(caller));
        parameters.AddDynamicParams(new { Status = statusFilter is { } s ? SnakeCase.Of(s) : null, Limit = paging.PageSize, paging.Offset });
        var where = $"where {Access.ApplicantSql} and (@Status::text is null or a.status = @Status)";
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"select count(*) from applications a {where}", parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<ApplicationRow>(new CommandDefinition(
            $"select {ApplicationRow.Columns} from {ApplicationRow.From} {where} order by a.applied_at desc, a.id limit @Limit offset @Offset",
            parameters, cancellationToken: cancellationToken));
        var items = rows.Select(r => ApplicationResponse.From(r, viewerIsApplicant: true)).ToList();
        return TypedResults.Ok(new PagedResult<ApplicationResponse>(items, total, paging.Page, paging.PageSize, paging.HasMore(total, items.Count)));
    }

    public static async Task<Results<Ok<ApplicationResponse>, ValidationProblem, NotFound, ProblemHttpResult>> WithdrawAsync(
        Guid id, Caller caller, [AsParameters] ApplicationServices services, CancellationToken cancellationToken,
        [FromQuery(Name = "reason")] string? reason = null)
    {
        var errors = new ValidationErrors();
        errors.Length("reason", reason, 1, 500);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var now = services.Time.GetUtcNow();
        await using var connection = await services.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var application = await ApplicationStore.LockAsync(connection, transaction, id, caller, Access.ApplicantSql);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        if (!ApplicationStatusMachine.CanMove(SnakeCase.Parse<ApplicationStatus>(application.Status), ApplicationStatus.Withdrawn))
        {
            return Problems.Conflict(title: "The application is not in a state that allows this.", detail: $"The application is {application.Status}; it cannot be withdrawn.");
        }

        var trimmed = reason?.Trim();
        await ApplicationStore.MoveAsync(connection, transaction, application, ApplicationStatus.Withdrawn, caller.UserId, trimmed, null, now);
        await InterviewStore.CancelOpenAsync(connection, transaction, id, now);
        await OfferStore.WithdrawOpenAsync(connection, transaction, id, now);
        await Outbox.EnqueueAsync(connection, transaction, new ApplicationWithdrawn(
            Guid.NewGuid(), now, id, application.JobId, application.OrganizationId, application.ApplicantUserId, trimmed));
        await transaction.CommitAsync(cancellationToken);
        var after = (await services.Store.GetAsync(id, caller, Access.ApplicantSql, cancellationToken))!;
        return TypedResults.Ok(ApplicationResponse.From(after, viewerIsApplicant: true));
    }
}
