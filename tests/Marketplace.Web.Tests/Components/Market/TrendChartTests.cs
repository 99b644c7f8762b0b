using Bunit;
using Marketplace.Web.Api.Market;
using Marketplace.Web.Components.Market;

namespace Marketplace.Web.Tests.Components.Market;

public sealed class TrendChartTests
{
    [Test]
    public void Demand_becomes_new_and_active_postings_per_period_with_dated_labels()
    {
        var chart = TrendChart.From(Trends(Point(new DateOnly(2026, 11, 2), 3, 2.5, 52_000), Point(new DateOnly(2026, 11, 9), 0, 0, null)));

        Assert.That(chart.Labels, Is.EqualTo(new[] { "Nov 2", "Nov 9" }));
        Assert.That(chart.Demand[0].Data.Values, Is.EqualTo(new double[] { 3, 0 }));
        Assert.That(chart.Demand[1].Data.Values, Is.EqualTo(new double[] { 2.5, 0 }));
        Assert.That(chart.HasDemand, Is.True);
    }

    [Test]
    public void A_period_without_enough_pay_is_a_gap_in_the_pay_series_not_a_zero()
    {
        var chart = TrendChart.From(Trends(Point(new DateOnly(2026, 11, 2), 6, 6, 98_000), Point(new DateOnly(2026, 11, 9), 1, 1, null)));

        var median = chart.Pay.Single(s => s.Name == "Median");
        Assert.That(median.Data.Count, Is.EqualTo(2));
        Assert.That(median.Data[0].Y, Is.EqualTo(98_000));
        Assert.That(median.Data[1].HasValue, Is.False);
        Assert.That(chart.HasPay, Is.True);
    }

    [Test]
    public void A_quiet_market_has_neither_demand_nor_pay_to_chart()
    {
        var chart = TrendChart.From(Trends(Point(new DateOnly(2026, 11, 2), 0, 0, null)));

        Assert.That(chart.HasDemand, Is.False);
        Assert.That(chart.HasPay, Is.False);
    }

    [Test]
    public void The_demand_chart_renders_an_svg_line_and_the_pay_chart_says_why_it_is_missing()
    {
        using var context = ProblemAlertTests.NewContext();

        var view = context.Render<TrendCharts>(p => p.Add(c => c.Trends,
            Trends(Point(new DateOnly(2026, 11, 2), 1, 1, null), Point(new DateOnly(2026, 11, 9), 4, 3, null))));

        Assert.That(view.Find("[data-testid=demand-chart] svg path.mud-chart-line").GetAttribute("d"), Is.Not.Empty);
        Assert.That(view.Find("[data-testid=pay-chart]").TextContent, Does.Contain("Not enough postings with pay yet"));
    }

    private static TrendPoint Point(DateOnly start, int newPostings, double active, decimal? median) =>
        new(start, 7, newPostings, active, median - 5_000, median, median + 5_000, null, 0, median is null);

    private static Trends Trends(params TrendPoint[] series) => new(
        new RoleResolution("elevator mechanic", "elevator_mechanic", "Elevator Mechanic", "47-4021", "Elevator Mechanic"),
        new LocationResolution("Chicago, IL", "us-il-chicago", "city", "Chicago, IL"),
        series[0].PeriodStart, series[^1].PeriodStart.AddDays(6), "week", 5, series);
}
