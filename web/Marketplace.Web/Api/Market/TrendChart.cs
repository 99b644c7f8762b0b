using System.Globalization;
using MudBlazor;

namespace Marketplace.Web.Api.Market;

/// <summary>
/// A trend as MudChart series: demand (new and active postings per period) and pay (25th, median, 75th percentile,
/// annualized); a period with too few postings has no pay point (a gap, not a zero).
/// </summary>
public sealed record TrendChart(string[] Labels, List<ChartSeries<double>> Demand, List<ChartSeries<double>> Pay, bool HasDemand, bool HasPay)
{
    public static TrendChart From(Trends trends)
    {
        var format = trends.Interval == "month" ? "MMM yyyy" : "MMM d";
        var labels = trends.Series.Select(p => p.PeriodStart.ToString(format, CultureInfo.InvariantCulture)).ToArray();
        var demand = new List<ChartSeries<double>>
        {
            new() { Name = "New postings", Data = trends.Series.Select(p => (double)p.NewPostings).ToArray() },
            new() { Name = "Active postings (daily mean)", Data = trends.Series.Select(p => Math.Round(p.ActivePostings, 1)).ToArray() },
        };
        var pay = new List<ChartSeries<double>>
        {
            new() { Name = "25th percentile", Data = PaySeries(trends, p => p.PayP25) },
            new() { Name = "Median", Data = PaySeries(trends, p => p.PayMedian) },
            new() { Name = "75th percentile", Data = PaySeries(trends, p => p.PayP75) },
        };
        return new TrendChart(labels, demand, pay,
            trends.Series.Any(p => p.NewPostings > 0 || p.ActivePostings > 0),
            trends.Series.Any(p => p.PayMedian is not null));
    }

    private static double?[] PaySeries(Trends trends, Func<TrendPoint, decimal?> value) =>
        trends.Series.Select(p => value(p) is { } v ? (double?)Math.Round((double)v) : null).ToArray();
}
