using Marketplace.Matching.Api.Roles;

namespace Marketplace.Matching.Api.Apis;

/// <summary>A canonical role: an O*NET occupation (soc_code set) or a role created in Matching.</summary>
public sealed record RoleResponse(Guid Id, string? SocCode, string Name, string? Category, string? Description, string Source, IReadOnlyList<string> Aliases)
{
    public static RoleResponse From(CanonicalRole r) =>
        new(r.Id, r.SocCode, r.Name, r.Category, r.Description, r.SocCode is null ? "created" : "onet", r.Aliases.Take(10).ToList());
}

/// <summary>A proposed role for a title, with its score (0–1) and the alias that matched best.</summary>
public sealed record RoleMatchResponse(RoleResponse Role, double Score, string MatchedAlias);

/// <summary>An admin's new role.</summary>
public sealed record RoleRequest(string? Name, string? Category);
