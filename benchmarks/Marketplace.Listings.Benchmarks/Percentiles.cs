namespace Marketplace.Listings.Benchmarks;

public static class Percentiles
{
    /// <summary>Nearest-rank percentile of milliseconds.</summary>
    public static double Of(IReadOnlyList<double> samples, double percentile)
    {
        var sorted = samples.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
