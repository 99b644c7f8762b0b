using Marketplace.MarketAnalytics.Api.Domain;

namespace Marketplace.MarketAnalytics.Api.Apis;

/// <summary>How a typed role was understood: the canonical role, its SOC code, and the title that matched.</summary>
public sealed record RoleResolution(string? Query, string Key, string Title, string? SocCode, string? MatchedTitle)
{
    public static RoleResolution Of(string? query, CanonicalRole role, string? matched) =>
        new(string.IsNullOrEmpty(query) ? null : query, role.Key, role.Title, role.SocCode, matched);
}
