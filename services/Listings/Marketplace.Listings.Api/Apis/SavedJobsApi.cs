using Dapper;
using Marketplace.Listings.Api.Data;
using Marketplace.Listings.Api.Search;
using Marketplace.ServiceDefaults.Http;
using Marketplace.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Marketplace.Listings.Api.Apis;

/// <summary>A signed-in user's saved listings. Only listings the user may see can be saved, and only those are listed.</summary>
public static class SavedJobsApi
{
    public static IEndpointRouteBuilder MapSavedJobsApi(this IEndpointRouteBuilder app)
    {
        var saved = app.MapGroup("/api/v1/saved-jobs").WithTags("Saved jobs").RequireAuthorization();
        saved.MapPost("/", SaveAsync).WithName("SaveJob").WithSummary("Save a visible listing with notes");
        saved.MapGet("/", ListAsync).WithName("ListSavedJobs").WithSummary("The caller's saved listings that are still visible");
        saved.MapDelete("/{listingId:guid}", UnsaveAsync).WithName("UnsaveJob").WithSummary("Remove a saved listing");
        return app;
    }

    public static async Task<Results<Created<SavedJobResponse>, ValidationProblem, NotFound, ProblemHttpResult>> SaveAsync(
        SaveJobRequest request, Caller caller, NpgsqlDataSource dataSource, ListingStore listings, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Check(request.ListingId is not null, "listing_id", "listing_id is required.");
        errors.Length("notes", request.Notes, 0, 2000);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var listing = await listings.GetVisibleAsync(request.ListingId!.Value, caller, cancellationToken);
        if (listing is null)
        {
            return TypedResults.NotFound();
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var saved = await connection.QuerySingleOrDefaultAsync<SavedJobRow>(new CommandDefinition("""
            insert into saved_jobs (user_id, listing_id, notes) values (@UserId, @ListingId, @Notes)
            on conflict do nothing
            returning listing_id, notes, saved_at
            """, new { caller.UserId, request.ListingId, Notes = request.Notes?.Trim() }, cancellationToken: cancellationToken));
        if (saved is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The listing is already saved.");
        }

        return TypedResults.Created($"/api/v1/saved-jobs/{saved.ListingId}",
            new SavedJobResponse(saved.ListingId, saved.Notes, ListingSnapshots.Utc(saved.SavedAt)!.Value, JobListingResponse.From(listing, caller)));
    }

    public static async Task<Results<Ok<PagedResult<SavedJobResponse>>, ValidationProblem>> ListAsync(
        Caller caller, NpgsqlDataSource dataSource, CancellationToken cancellationToken,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "page")] int? page = null, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "page_size")] int? pageSize = null)
    {
        var errors = new Dictionary<string, string[]>();
        if (PageRequest.From(page, pageSize, errors) is not { Page: var p, PageSize: var size })
        {
            return TypedResults.ValidationProblem(errors);
        }

        var parameters = new DynamicParameters(VisibilityFilter.Parameters(caller));
        parameters.AddDynamicParams(new { caller.UserId, Limit = size, Offset = (p - 1) * size });
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var visible = $"""
            from saved_jobs s join job_listings l on l.id = s.listing_id
            where s.user_id = @UserId and {VisibilityFilter.PublishedOrOwnSql} and {VisibilityFilter.Sql}
            """;
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"select count(*) {visible}", parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<SavedJobRow, ListingRow, SavedJobResponse>(new CommandDefinition($"""
            select s.listing_id, s.notes, s.saved_at, {ListingRow.Columns}
            {visible}
            order by s.saved_at desc, s.listing_id
            limit @Limit offset @Offset
            """, parameters, cancellationToken: cancellationToken),
            (s, l) => new SavedJobResponse(s.ListingId, s.Notes, ListingSnapshots.Utc(s.SavedAt)!.Value, JobListingResponse.From(l, caller)),
            splitOn: "id");
        var items = rows.ToList();
        return TypedResults.Ok(new PagedResult<SavedJobResponse>(items, total, p, size, (p - 1) * size + items.Count < total));
    }

    public static async Task<Results<NoContent, NotFound>> UnsaveAsync(
        Guid listingId, Caller caller, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var removed = await connection.ExecuteAsync(new CommandDefinition(
            "delete from saved_jobs where user_id = @UserId and listing_id = @ListingId",
            new { caller.UserId, ListingId = listingId }, cancellationToken: cancellationToken));
        return removed == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }
}
