namespace Marketplace.ScraperIngest.Api.Apis;

public static class ScraperIngestApi
{
    public static IEndpointRouteBuilder MapScraperIngestApi(this IEndpointRouteBuilder app)
    {
        app.MapScraperKeysApi();
        app.MapScrapeQueueApi();
        app.MapScrapeRolesApi();
        app.MapImportsApi();
        return app;
    }
}
