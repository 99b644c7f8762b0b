namespace Marketplace.MarketAnalytics.Api.Domain;

/// <summary>
/// Where an annual amount sits in a published wage distribution known only at its 10th, 25th, 50th, 75th and 90th
/// percentiles (BLS OEWS): linear between the known points, and reported as 10 or 90 beyond them (with the side),
/// since OEWS says nothing about the tails.
/// </summary>
public static class WagePercentile
{
    public static (double Percentile, string Position)? Estimate(decimal annual, decimal? p10, decimal? p25, decimal? p50, decimal? p75, decimal? p90)
    {
        var points = new (double Pct, decimal? Wage)[] { (10, p10), (25, p25), (50, p50), (75, p75), (90, p90) }
            .Where(p => p.Wage is not null).Select(p => (p.Pct, Wage: p.Wage!.Value)).ToArray();
        if (points.Length < 2)
        {
            return null;
        }

        if (annual < points[0].Wage)
        {
            return (points[0].Pct, "below_range");
        }

        if (annual > points[^1].Wage)
        {
            return (points[^1].Pct, "above_range");
        }

        for (var i = 1; i < points.Length; i++)
        {
            var (lowPct, low) = points[i - 1];
            var (highPct, high) = points[i];
            if (annual <= high)
            {
                var share = high == low ? 0 : (double)((annual - low) / (high - low));
                return (Math.Round(lowPct + share * (highPct - lowPct), 1), "within_range");
            }
        }

        return (points[^1].Pct, "within_range");
    }

    /// <summary>Share of postings below the amount, ties counted half (the mid-rank percentile), 0–100.</summary>
    public static double AmongPostings(int below, int equal, int total) =>
        total == 0 ? 0 : Math.Round((below + equal / 2.0) / total * 100.0, 1);
}
