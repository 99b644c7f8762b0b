using Dapper;
using Marketplace.Listings.Api.Assistant;
using Marketplace.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Listings.Api.Apis;

public static class ListingAssistantApi
{
    public static IEndpointRouteBuilder MapListingAssistantApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/jobs/{id:guid}/optimize", OptimizeAsync).RequireAuthorization().WithTags("Jobs")
            .WithName("OptimizeJob").WithSummary("Concrete suggestions for the owner: pay against BLS wages, description, skills, questions");
        return app;
    }

    public static async Task<Results<Ok<OptimizationResult>, NotFound, ProblemHttpResult>> OptimizeAsync(
        Guid id, Caller caller, [AsParameters] ListingServices services, ListingOptimizer optimizer, IListingAdvisor advisor, CancellationToken cancellationToken)
    {
        if (ListingsApi.Forbidden(caller) is { } forbidden)
        {
            return forbidden;
        }

        await using var connection = await services.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var listing = await Data.ListingStore.LockOwnedAsync(connection, transaction, id, caller.OrganizationId!.Value);
        if (listing is null)
        {
            return TypedResults.NotFound();
        }

        // What other live listings of the category ask for, most common first (ties by name, so the advice is stable):
        // only listings the caller may see, so another organization's internal listings never leak (issue #9, item 2).
        var parameters = new DynamicParameters(Data.VisibilityFilter.Parameters(caller));
        parameters.AddDynamicParams(new { Category = listing.JobCategory, Id = id });
        var common = (await connection.QueryAsync<string>($"""
            select lower(skill) from job_listings l, unnest(l.required_skills || l.preferred_skills) as skill
            where l.job_category = @Category and l.status = 'active' and l.id <> @Id and {Data.VisibilityFilter.Sql}
            group by lower(skill)
            order by count(*) desc, lower(skill)
            limit 10
            """, parameters, transaction)).ToList();
        await transaction.CommitAsync(cancellationToken);

        // The advisor is called after the transaction so a slow provider never holds the listing's row lock.
        var rules = optimizer.Optimize(listing, common);
        return TypedResults.Ok((await advisor.AdviseAsync(listing, rules, cancellationToken)).AppendTo(rules));
    }
}
