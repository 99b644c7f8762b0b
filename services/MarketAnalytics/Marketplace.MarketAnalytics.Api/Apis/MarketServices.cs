using Marketplace.MarketAnalytics.Api.Data;
using Marketplace.MarketAnalytics.Api.Reference;

namespace Marketplace.MarketAnalytics.Api.Apis;

/// <summary>What the market pulse handlers use, bound with [AsParameters].</summary>
public sealed record MarketServices(MarketStatsStore Stats, MarketReference Reference, TimeProvider Clock)
{
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
}
