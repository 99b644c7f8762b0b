namespace Marketplace.Web.Api.Market;

/// <summary>GET market/trends: the series for a role and place.</summary>
public sealed record Trends(
    RoleResolution Role, LocationResolution Location, DateOnly From, DateOnly To, string Interval, int MinimumSamples, IReadOnlyList<TrendPoint> Series);
