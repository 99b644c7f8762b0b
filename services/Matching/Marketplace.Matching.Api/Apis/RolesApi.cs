using Dapper;
using Marketplace.Matching.Api.Domain;
using Marketplace.Matching.Api.Roles;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Marketplace.Matching.Api.Apis;

/// <summary>Canonical roles: search, normalization of a free-text title, and roles admins add. Roles are public reference data.</summary>
public static class RolesApi
{
    public static IEndpointRouteBuilder MapRolesApi(this IEndpointRouteBuilder app)
    {
        var roles = app.MapGroup("/api/v1/roles").WithTags("Roles");
        roles.MapGet("/", SearchAsync).WithName("SearchRoles").WithSummary("Canonical roles, best match for q first (alphabetical without q)").AllowAnonymous();
        roles.MapGet("/normalize", NormalizeAsync).WithName("NormalizeRole").WithSummary("The best canonical roles for a job title, with scores").AllowAnonymous();
        roles.MapPost("/", CreateAsync).WithName("CreateRole").WithSummary("Add a canonical role").RequireAuthorization(MatchingPolicies.Admin);
        return app;
    }

    public static async Task<Results<Ok<PagedList<RoleResponse>>, ValidationProblem>> SearchAsync(
        RoleCatalog catalog, NpgsqlDataSource dataSource, CancellationToken cancellationToken,
        [FromQuery(Name = "q")] string? q = null, [FromQuery(Name = "page")] int? page = null, [FromQuery(Name = "page_size")] int? pageSize = null)
    {
        var (paging, errors) = Paging.From(page, pageSize);
        var check = new ValidationErrors();
        check.Length("q", q, 1, 200);
        if (errors is not null || !check.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors ?? check.ToDictionary());
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var created = (await connection.QueryAsync<RoleStore.RoleRow>(new CommandDefinition("""
            select id, soc_code, name, description, category from roles
            where soc_code is null and (@Q::text is null or name ilike '%' || @Q || '%')
            order by name limit 200
            """, new { Q = q?.Trim() }, cancellationToken: cancellationToken))).Select(r => r.ToRole());
        var onet = q is null
            ? catalog.Index.Roles.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            : (await catalog.NormalizeAsync(q, 200, cancellationToken)).Select(m => m.Role);
        var all = created.Concat(onet).ToList();
        return TypedResults.Ok(paging.Envelope(all.Skip(paging.Offset).Take(paging.Size).Select(RoleResponse.From).ToList(), all.Count));
    }

    public static async Task<Results<Ok<IReadOnlyList<RoleMatchResponse>>, ValidationProblem>> NormalizeAsync(
        RoleCatalog catalog, NpgsqlDataSource dataSource, CancellationToken cancellationToken,
        [FromQuery(Name = "title")] string? title = null, [FromQuery(Name = "top")] int? top = null)
    {
        var errors = new ValidationErrors();
        errors.Length("title", title, 1, 200, required: true);
        errors.Range("top", top, 1, 50);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // A role created under exactly this name (by an admin or from a candidate's free text) is the surest answer.
        var exact = await connection.QueryAsync<RoleStore.RoleRow>(new CommandDefinition(
            "select id, soc_code, name, description, category from roles where soc_code is null and lower(name) = lower(@Title)",
            new { Title = title!.Trim() }, cancellationToken: cancellationToken));
        var matches = exact.Select(r => new RoleMatchResponse(RoleResponse.From(r.ToRole()), 1, r.Name))
            .Concat((await catalog.NormalizeAsync(title, top ?? 5, cancellationToken)).Select(m => new RoleMatchResponse(RoleResponse.From(m.Role), m.Score, m.MatchedAlias)))
            .Take(top ?? 5)
            .ToList();
        return TypedResults.Ok<IReadOnlyList<RoleMatchResponse>>(matches);
    }

    public static async Task<Results<Created<RoleResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        RoleRequest request, NpgsqlDataSource dataSource, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Length("name", request.Name, 2, 200, required: true);
        errors.Length("category", request.Category, 1, 100);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var exists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "select exists (select 1 from roles where soc_code is null and lower(name) = lower(@Name))", new { Name = request.Name!.Trim() }, transaction, cancellationToken: cancellationToken));
        if (exists)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "A role of that name exists.");
        }

        var role = await RoleStore.FindOrCreateAsync(connection, transaction, request.Name, request.Category?.Trim(), "admin", clock, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/roles/{role.Id}", RoleResponse.From(role));
    }
}
