using Marketplace.MarketAnalytics.Api.Domain;

namespace Marketplace.MarketAnalytics.Tests.Domain;

public sealed class PayNormalizationTests
{
    [TestCase(25, "hourly", 52000)]
    [TestCase(25, "HOURLY", 52000)]
    [TestCase(200, "daily", 52000)]
    [TestCase(200, "day_rate", 52000)]
    [TestCase(1000, "weekly", 52000)]
    [TestCase(2000, "biweekly", 52000)]
    [TestCase(4333.33, "monthly", 51999.96)]
    [TestCase(52000, "yearly", 52000)]
    [TestCase(52000, "salary", 52000)]
    public void Every_period_is_annualized_the_same_way(decimal amount, string period, decimal annual) =>
        Assert.That(PayNormalization.Annualize(amount, period), Is.EqualTo(annual));

    [TestCase("contract_total")]
    [TestCase("negotiable")]
    [TestCase(null)]
    [TestCase("per_fortnight_maybe")]
    public void A_period_without_an_annual_equivalent_gives_no_pay(string? period) =>
        Assert.That(PayNormalization.Annualize(30m, period), Is.Null);

    [TestCase(0)]
    [TestCase(-5)]
    public void A_figure_that_is_not_positive_gives_no_pay(decimal amount) =>
        Assert.That(PayNormalization.Annualize(amount, "hourly"), Is.Null);

    [Test]
    public void A_range_counts_with_its_midpoint() =>
        Assert.That(PayNormalization.Range(20m, 30m, "hourly"), Is.EqualTo(new AnnualPay(41600m, 62400m, 52000m)));

    [Test]
    public void A_range_given_only_a_minimum_counts_with_the_minimum() =>
        Assert.That(PayNormalization.Range(20m, null, "hourly"), Is.EqualTo(new AnnualPay(41600m, null, 41600m)));

    [Test]
    public void A_reversed_range_is_put_in_order() =>
        Assert.That(PayNormalization.Range(30m, 20m, "hourly"), Is.EqualTo(new AnnualPay(41600m, 62400m, 52000m)));

    [Test]
    public void Annual_pay_converts_back_to_the_hourly_rate_bls_quotes() =>
        Assert.That(PayNormalization.ToHourly(104000m), Is.EqualTo(50m));
}
