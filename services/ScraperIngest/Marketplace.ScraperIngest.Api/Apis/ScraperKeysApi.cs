using Marketplace.ScraperIngest.Api.Keys;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.ScraperIngest.Api.Apis;

public static class ScraperKeysApi
{
    public static IEndpointRouteBuilder MapScraperKeysApi(this IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup("/api/v1/scraper/keys").WithTags("Scraper keys").RequireAuthorization(ScraperAdmin.Policy);
        keys.MapPost("/", CreateAsync).WithName("CreateScraperKey").WithSummary("Create an API key; the plaintext is shown only in this response");
        keys.MapGet("/", ListAsync).WithName("ListScraperKeys").WithSummary("Keys with their usage, never the keys themselves");
        keys.MapDelete("/{id:guid}", RevokeAsync).WithName("RevokeScraperKey").WithSummary("Revoke a key: it answers 401 from now on");
        return app;
    }

    private static async Task<Results<Created<CreatedKey>, ValidationProblem>> CreateAsync(CreateKeyRequest request, ScraperKeyStore store, CancellationToken cancellationToken)
    {
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["A name of 1 to 100 characters is required."] });
        }

        var key = await store.CreateAsync(name, cancellationToken);
        return TypedResults.Created($"/api/v1/scraper/keys/{key.Id}", key);
    }

    private static async Task<Ok<IReadOnlyList<ScraperKeySummary>>> ListAsync(ScraperKeyStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListAsync(cancellationToken));

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(Guid id, ScraperKeyStore store, CancellationToken cancellationToken) =>
        await store.RevokeAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}
