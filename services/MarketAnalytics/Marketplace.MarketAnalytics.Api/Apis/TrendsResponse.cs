using Marketplace.MarketAnalytics.Api.Domain;

namespace Marketplace.MarketAnalytics.Api.Apis;

/// <summary>A salary and demand series; a period is insufficient when too few postings with pay stand behind it.</summary>
public sealed record TrendsResponse(
    RoleResolution Role, LocationResolution Location, DateOnly From, DateOnly To, TrendInterval Interval, int MinimumSamples,
    IReadOnlyList<TrendPoint> Series);
