namespace Marketplace.MarketAnalytics.Api.Data;

/// <summary>How many active postings with pay pay less than, exactly, and in all, compared with an amount.</summary>
public sealed class PayPosition
{
    public int Below { get; init; }
    public int Equal { get; init; }
    public int Total { get; init; }
}
