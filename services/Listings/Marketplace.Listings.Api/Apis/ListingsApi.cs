using Marketplace.Contracts.Listings;
using Marketplace.Listings.Api.Data;
using Marketplace.Listings.Api.Domain;
using Marketplace.Listings.Api.Search;
using Marketplace.ServiceDefaults.Http;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.ServiceDefaults.Outbox;
using Marketplace.ServiceDefaults.ReferenceData;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Pgvector;

namespace Marketplace.Listings.Api.Apis;

public static class ListingsApi
{
    public static IEndpointRouteBuilder MapListingsApi(this IEndpointRouteBuilder app)
    {
        var jobs = app.MapGroup("/api/v1/jobs").WithTags("Jobs");
        jobs.MapGet("/", SearchAsync).WithName("SearchJobs").WithSummary("Hybrid search over the listings the caller may see");
        jobs.MapPost("/", CreateAsync).RequireAuthorization().WithName("CreateJob").WithSummary("Create a draft listing");
        jobs.MapGet("/mine", MineAsync).RequireAuthorization().WithName("ListMyJobs")
            .WithSummary("The caller's organization's listings, drafts included, newest first (status filter, paged)");
        jobs.MapDelete("/{id:guid}", WithdrawAsync).RequireAuthorization().WithName("WithdrawJob")
            .WithSummary("Withdraw a listing: a draft is deleted (204), a live one is closed as withdrawn (200)");
        jobs.MapGet("/{id:guid}", GetAsync).WithName("GetJob").WithSummary("A listing the caller may see; records a view");
        jobs.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization().WithName("UpdateJob").WithSummary("Replace a listing's content");
        jobs.MapPost("/{id:guid}/publish", PublishAsync).RequireAuthorization().WithName("PublishJob").WithSummary("draft → active");
        jobs.MapPost("/{id:guid}/pause", PauseAsync).RequireAuthorization().WithName("PauseJob").WithSummary("active → paused");
        jobs.MapPost("/{id:guid}/resume", ResumeAsync).RequireAuthorization().WithName("ResumeJob").WithSummary("paused → active");
        jobs.MapPost("/{id:guid}/fill", FillAsync).RequireAuthorization().WithName("FillJob").WithSummary("active/paused → filled");
        jobs.MapPost("/{id:guid}/close", CloseAsync).RequireAuthorization().WithName("CloseJob").WithSummary("close with a reason");
        return app;
    }

    public static async Task<Results<Ok<PagedResult<JobSearchHit>>, ValidationProblem>> SearchAsync(
        [AsParameters] JobSearchParameters parameters, Caller caller, HybridSearch search, IServiceProvider services,
        CancellationToken cancellationToken)
    {
        var (criteria, errors) = JobSearchCriteria.From(parameters, services.GetRequiredService<UsGeocoder>);
        return criteria is null
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await search.SearchAsync(criteria, caller, cancellationToken));
    }

    public static async Task<Results<Created<JobListingResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        JobListingRequest request, Caller caller, [AsParameters] ListingServices services, CancellationToken cancellationToken)
    {
        if (Forbidden(caller) is { } forbidden)
        {
            return forbidden;
        }

        var errors = ListingValidator.Validate(request, services.Time.GetUtcNow());
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var listing = ListingWrite.From(Guid.CreateVersion7(), request);
        listing = listing with { Embedding = new Vector(await services.Embeddings.EmbedAsync(listing.EmbeddingText, cancellationToken)), EmbeddingModel = services.Embeddings.Model };
        await services.Store.InsertDraftAsync(listing, caller, cancellationToken);
        var created = await services.Store.GetVisibleAsync(listing.Id, caller, cancellationToken);
        return TypedResults.Created($"/api/v1/jobs/{listing.Id}", JobListingResponse.From(created!, caller));
    }

    public static async Task<Results<Ok<PagedResult<JobListingResponse>>, ValidationProblem, ProblemHttpResult>> MineAsync(
        Caller caller, ListingStore store, CancellationToken cancellationToken,
        [FromQuery(Name = "status")] string? status = null,
        [FromQuery(Name = "page")] int? page = null,
        [FromQuery(Name = "page_size")] int? pageSize = null)
    {
        if (Forbidden(caller) is { } forbidden)
        {
            return forbidden;
        }

        var errors = new Dictionary<string, string[]>();
        ListingStatus? parsed = null;
        if (status is not null)
        {
            if (SnakeCase.TryParse<ListingStatus>(status, out var value))
            {
                parsed = value;
            }
            else
            {
                errors["status"] = [$"One of {string.Join(", ", Enum.GetValues<ListingStatus>().Select(SnakeCase.Of))}."];
            }
        }

        var paging = PageRequest.From(page, pageSize, errors);
        if (errors.Count > 0 || paging is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (rows, total) = await store.ListOwnedAsync(caller.OrganizationId!.Value, parsed, paging, cancellationToken);
        return TypedResults.Ok(new PagedResult<JobListingResponse>(
            rows.Select(r => JobListingResponse.From(r, caller)).ToList(), total, paging.Page, paging.PageSize,
            paging.HasMore(total, rows.Count)));
    }

    public static async Task<Results<NoContent, Ok<JobListingResponse>, ValidationProblem, NotFound, ProblemHttpResult>> WithdrawAsync(
        Guid id, Caller caller, [AsParameters] ListingServices services, CancellationToken cancellationToken)
    {
        if (Forbidden(caller) is { } forbidden)
        {
            return forbidden;
        }

        if (await services.Store.DeleteOwnedDraftAsync(id, caller.OrganizationId!.Value, cancellationToken))
        {
            return TypedResults.NoContent();
        }

        // Not a draft (or not ours): a live listing closes as withdrawn, with its JobListingClosed event.
        return (await ListingTransitions.MoveAsync(id, caller, services, null, ListingStatus.Closed, "withdrawn", cancellationToken)).Result switch
        {
            Ok<JobListingResponse> ok => ok,
            ValidationProblem invalid => invalid,
            ProblemHttpResult problem => problem,
            _ => TypedResults.NotFound(),
        };
    }

    public static async Task<Results<Ok<JobListingResponse>, NotFound>> GetAsync(
        Guid id, Caller caller, [AsParameters] ListingServices services, CancellationToken cancellationToken,
        [FromQuery] string? source = null)
    {
        var listing = await services.Store.GetVisibleAsync(id, caller, cancellationToken);
        if (listing is null)
        {
            return TypedResults.NotFound();
        }

        // An unknown source is still a view; it is counted as direct rather than refused.
        var viewSource = SnakeCase.TryParse<ViewSource>(source, out var parsed) ? parsed : ViewSource.Direct;
        await services.Store.RecordViewAsync(id, caller, viewSource, cancellationToken);
        return TypedResults.Ok(JobListingResponse.From(listing, caller));
    }

    /// <summary>
    /// PATCH-style: a field the body leaves out keeps its value, so an omission never clears a field or widens
    /// visibility (issue #9, item 5); a field sent as null clears it.
    /// </summary>
    public static async Task<Results<Ok<JobListingResponse>, ValidationProblem, NotFound, ProblemHttpResult>> UpdateAsync(
        Guid id, JobListingRequest request, Caller caller, [AsParameters] ListingServices services, HttpContext context,
        CancellationToken cancellationToken)
    {
        if (Forbidden(caller) is { } forbidden)
        {
            return forbidden;
        }

        await using var connection = await services.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await ListingStore.LockOwnedAsync(connection, transaction, id, caller.OrganizationId!.Value);
        if (before is null || before.SourcePlatform is not null)
        {
            return TypedResults.NotFound();
        }

        var status = SnakeCase.Parse<ListingStatus>(before.Status);
        if (status is ListingStatus.Filled or ListingStatus.Closed or ListingStatus.Expired)
        {
            return Conflict($"A {before.Status} listing can no longer be edited.");
        }

        request = await ListingPatch.MergeAsync(JobListingResponse.From(before, caller), request, context.Request, cancellationToken);
        var errors = ListingValidator.Validate(request, services.Time.GetUtcNow());
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var listing = ListingWrite.From(id, request);
        listing = listing with { Embedding = new Vector(await services.Embeddings.EmbedAsync(listing.EmbeddingText, cancellationToken)), EmbeddingModel = services.Embeddings.Model };
        var changed = ListingChanges.Between(before, listing);
        await ListingStore.UpdateAsync(connection, transaction, listing);
        var after = await ListingStore.LockOwnedAsync(connection, transaction, id, caller.OrganizationId!.Value);
        if (status is not ListingStatus.Draft && changed.Count > 0)
        {
            var questions = await ScreeningQuestionStore.SnapshotsAsync(connection, transaction, id);
            await Outbox.EnqueueAsync(connection, transaction, new JobListingUpdated(
                Guid.NewGuid(), services.Time.GetUtcNow(), id, after!.OrganizationId, changed, ListingSnapshots.From(after, questions)));
        }

        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(JobListingResponse.From(after!, caller));
    }

    public static Task<Results<Ok<JobListingResponse>, ValidationProblem, NotFound, ProblemHttpResult>> PublishAsync(
        Guid id, Caller caller, [AsParameters] ListingServices services, CancellationToken cancellationToken) =>
        ListingTransitions.MoveAsync(id, caller, services, ListingStatus.Draft, ListingStatus.Active, null, cancellationToken);

    public static Task<Results<Ok<JobListingResponse>, ValidationProblem, NotFound, ProblemHttpResult>> PauseAsync(
        Guid id, Caller caller, [AsParameters] ListingServices services, CancellationToken cancellationToken) =>
        ListingTransitions.MoveAsync(id, caller, services, ListingStatus.Active, ListingStatus.Paused, null, cancellationToken);

    public static Task<Results<Ok<JobListingResponse>, ValidationProblem, NotFound, ProblemHttpResult>> ResumeAsync(
        Guid id, Caller caller, [AsParameters] ListingServices services, CancellationToken cancellationToken) =>
        ListingTransitions.MoveAsync(id, caller, services, ListingStatus.Paused, ListingStatus.Active, null, cancellationToken);

    public static Task<Results<Ok<JobListingResponse>, ValidationProblem, NotFound, ProblemHttpResult>> FillAsync(
        Guid id, Caller caller, [AsParameters] ListingServices services, CancellationToken cancellationToken) =>
        ListingTransitions.MoveAsync(id, caller, services, null, ListingStatus.Filled, null, cancellationToken);

    public static Task<Results<Ok<JobListingResponse>, ValidationProblem, NotFound, ProblemHttpResult>> CloseAsync(
        Guid id, CloseListingRequest request, Caller caller, [AsParameters] ListingServices services, CancellationToken cancellationToken) =>
        ListingTransitions.MoveAsync(id, caller, services, null, ListingStatus.Closed, request.Reason, cancellationToken);

    /// <summary>Changing listings is for employers of an organization; everyone else is refused before any lookup.</summary>
    internal static ProblemHttpResult? Forbidden(Caller caller) =>
        caller.HasRole(MarketplaceRoles.Employer) && caller.OrganizationId is not null
            ? null
            : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only employers of an organization may change listings.");

    internal static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The listing is not in a state that allows this.", detail: detail);
}
