using Marketplace.ScraperIngest.Api.Roles;
using Microsoft.AspNetCore.Http.HttpResults;
using Marketplace.ServiceDefaults.Http;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.ScraperIngest.Api.Apis;

public static class ScrapeRolesApi
{
    public static IEndpointRouteBuilder MapScrapeRolesApi(this IEndpointRouteBuilder app)
    {
        var roles = app.MapGroup("/api/v1/scraper/roles").WithTags("Scrape roles").RequireAuthorization(ScraperAdmin.Policy);
        roles.MapGet("/", ListAsync).WithName("ListScrapeRoles").WithSummary("Roles in claim order, optionally by queue status");
        roles.MapPost("/", CreateAsync).WithName("CreateScrapeRole").WithSummary("Add a role to the scrape queue");
        roles.MapPost("/{id:guid}/aliases", AddAliasesAsync).WithName("AddScrapeRoleAliases").WithSummary("Add search aliases to a role");
        return app;
    }

    private static async Task<Results<Ok<PagedList<ScrapeRole>>, ValidationProblem>> ListAsync(
        RoleStore store, CancellationToken cancellationToken,
        [FromQuery(Name = "queue_status")] string? queueStatus = null,
        [FromQuery(Name = "page")] int? page = null,
        [FromQuery(Name = "page_size")] int? pageSize = null)
    {
        var errors = new Dictionary<string, string[]>();
        if (queueStatus is not null and not ("pending" or "processing" or "completed"))
        {
            errors["queue_status"] = ["One of pending, processing, completed."];
        }

        var paging = PageRequest.From(page, pageSize, errors, defaultSize: 50, maxSize: 200);
        return errors.Count > 0 || paging is null
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await store.ListAsync(queueStatus, paging.Page, paging.PageSize, cancellationToken));
    }

    private static async Task<Results<Created<ScrapeRole>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateRoleRequest request, RoleStore store, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200)
        {
            errors["name"] = ["A name of 1 to 200 characters is required."];
        }

        var priority = request.Priority ?? RolePriority.Normal;
        if (!RolePriority.All.Contains(priority))
        {
            errors["priority"] = ["One of urgent, high, normal, low."];
        }

        var aliases = CleanAliases(request.Aliases, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var role = await store.CreateAsync(name!, aliases, request.Category?.Trim(), priority, cancellationToken);
        return role is null
            ? Problems.Conflict($"A role named '{name}' exists already.")
            : TypedResults.Created($"/api/v1/scraper/roles/{role.Id}", role);
    }

    private static async Task<Results<Ok<ScrapeRole>, ValidationProblem, NotFound>> AddAliasesAsync(
        Guid id, AddAliasesRequest request, RoleStore store, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var aliases = CleanAliases(request.Aliases, errors);
        if (aliases.Count == 0 && errors.Count == 0)
        {
            errors["aliases"] = ["At least one alias is required."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await store.AddAliasesAsync(id, aliases, cancellationToken) is { } role ? TypedResults.Ok(role) : TypedResults.NotFound();
    }

    private static List<string> CleanAliases(IReadOnlyList<string>? aliases, Dictionary<string, string[]> errors)
    {
        var clean = (aliases ?? []).Select(a => a?.Trim() ?? "").Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (clean.Any(a => a.Length is 0 or > 200) || clean.Count > 100)
        {
            errors["aliases"] = ["Up to 100 aliases of 1 to 200 characters."];
        }

        return clean;
    }
}
