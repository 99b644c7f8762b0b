using Marketplace.MarketAnalytics.Api.Domain;

namespace Marketplace.MarketAnalytics.Api.Apis;

/// <summary>How a typed place was understood: "Austin, TX" → key us-tx-austin, level city.</summary>
public sealed record LocationResolution(string? Query, string Key, LocationLevel Level, string Name)
{
    public static LocationResolution Of(string? query, CanonicalLocation location) =>
        new(string.IsNullOrEmpty(query) ? null : query, location.Key, location.Level, location.Name);
}
