namespace Marketplace.MarketAnalytics.Api.Domain;

/// <summary>
/// The one way pay is annualized in this service, whatever the source calls its period: 2,080 hours, 260 working
/// days, 52 weeks, 26 fortnights, 12 months a year, as BLS annualizes hourly wages. A total for a contract or a
/// negotiable rate has no annual equivalent (null), and so does a figure that is not positive.
/// </summary>
public static class PayNormalization
{
    public static decimal? PeriodsPerYear(string? period) => period?.Trim().ToLowerInvariant() switch
    {
        "hourly" or "hour" or "per_hour" => 2080m,
        "daily" or "day" or "day_rate" or "per_day" => 260m,
        "weekly" or "week" => 52m,
        "biweekly" or "bi_weekly" or "fortnightly" => 26m,
        "monthly" or "month" => 12m,
        "yearly" or "annual" or "annually" or "year" or "salary" => 1m,
        _ => null,
    };

    public static decimal? Annualize(decimal? amount, string? period) =>
        amount is > 0 && PeriodsPerYear(period) is { } periods ? decimal.Round(amount.Value * periods, 2) : null;

    /// <summary>Annual pay to the hourly rate BLS would quote (÷ 2,080).</summary>
    public static decimal ToHourly(decimal annual) => decimal.Round(annual / 2080m, 2);

    /// <summary>
    /// A posting's annualized range and the one figure it counts with in percentiles: the midpoint of min and max,
    /// or whichever of the two is given.
    /// </summary>
    public static AnnualPay Range(decimal? min, decimal? max, string? period)
    {
        var low = Annualize(min, period);
        var high = Annualize(max, period);
        if (low is not null && high is not null && high < low)
        {
            (low, high) = (high, low);
        }

        decimal? mid = low is not null && high is not null ? decimal.Round((low.Value + high.Value) / 2m, 2) : low ?? high;
        return new AnnualPay(low, high, mid);
    }
}
