namespace Marketplace.MarketAnalytics.Api.Domain;

/// <summary>
/// Small-cell suppression (ADR 0100): a figure derived from fewer than <see cref="MinimumSamples"/> postings (an
/// average, a percentile, a median time to fill, a fill rate, skill counts) is not reported: the cell is marked
/// insufficient instead of showing a misleading number. Plain counts of postings are always reported.
/// </summary>
public static class SmallCell
{
    public const int MinimumSamples = 5;

    public static bool IsSufficient(long samples) => samples >= MinimumSamples;
}
