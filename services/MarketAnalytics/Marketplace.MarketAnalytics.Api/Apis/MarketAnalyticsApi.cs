using Dapper;
using Marketplace.MarketAnalytics.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Marketplace.MarketAnalytics.Api.Apis;

public static class MarketAnalyticsApi
{
    public static IEndpointRouteBuilder MapMarketAnalyticsApi(this IEndpointRouteBuilder app)
    {
        var market = app.MapGroup("/api/v1/market").WithTags("Market");
        market.MapGet("/activity", GetActivityAsync)
            .WithName("GetMarketActivity")
            .WithSummary("Listings published on a day (UTC, today by default), counted per job category.");
        return app;
    }

    internal static async Task<Results<Ok<MarketActivity>, ValidationProblem>> GetActivityAsync(
        NpgsqlDataSource dataSource, TimeProvider clock, string? date = null)
    {
        var day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", out day))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["date"] = ["Use an ISO date, yyyy-MM-dd."],
            });
        }

        await using var connection = await dataSource.OpenConnectionAsync();
        var categories = (await connection.QueryAsync<CategoryCount>("""
            select job_category, count(*)::int as published_count
            from listing_publications
            where published_on = @Day
            group by job_category
            order by published_count desc, job_category
            """, new { Day = day })).ToList();
        return TypedResults.Ok(new MarketActivity(day, categories.Sum(c => c.PublishedCount), categories));
    }
}
