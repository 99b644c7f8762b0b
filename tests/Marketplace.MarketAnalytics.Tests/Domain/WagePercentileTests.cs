using Marketplace.MarketAnalytics.Api.Domain;

namespace Marketplace.MarketAnalytics.Tests.Domain;

public sealed class WagePercentileTests
{
    // Elevator and Escalator Installers and Repairers, OEWS May 2024: 54,720 / 76,700 / 106,580 / 131,740 / 149,250.
    private static (double, string)? Elevator(decimal annual) => WagePercentile.Estimate(annual, 54720, 76700, 106580, 131740, 149250);

    [Test]
    public void An_amount_between_two_published_percentiles_is_interpolated() =>
        // 25 + (104,000 − 76,700) / (106,580 − 76,700) × 25 = 47.84
        Assert.That(Elevator(104000), Is.EqualTo((47.8, "within_range")));

    [Test]
    public void An_amount_at_a_published_percentile_is_that_percentile() =>
        Assert.That(Elevator(106580), Is.EqualTo((50.0, "within_range")));

    [Test]
    public void An_amount_below_the_10th_percentile_is_reported_as_below_the_range() =>
        Assert.That(Elevator(30000), Is.EqualTo((10.0, "below_range")));

    [Test]
    public void An_amount_above_the_90th_percentile_is_reported_as_above_the_range() =>
        Assert.That(Elevator(200000), Is.EqualTo((90.0, "above_range")));

    [Test]
    public void A_suppressed_figure_is_skipped() =>
        // Top-coded 90th percentile: the 75th is the top point.
        Assert.That(WagePercentile.Estimate(140000, 54720, 76700, 106580, 131740, null), Is.EqualTo((75.0, "above_range")));

    [Test]
    public void Among_postings_ties_count_half() =>
        Assert.That(WagePercentile.AmongPostings(below: 2, equal: 1, total: 5), Is.EqualTo(50.0));
}
