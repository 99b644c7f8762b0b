namespace Marketplace.ScraperIngest.Api.Domain;

/// <summary>JobSpy's pay intervals, with the hours/days/weeks/months a full-time year has of each.</summary>
public static class SalaryInterval
{
    public const string Yearly = "yearly";
    public const string Monthly = "monthly";
    public const string Weekly = "weekly";
    public const string Daily = "daily";
    public const string Hourly = "hourly";

    /// <summary>Periods per year; 2,080 hours and 260 working days, as BLS annualizes hourly wages.</summary>
    public static decimal PeriodsPerYear(string interval) => interval switch
    {
        Hourly => 2080m,
        Daily => 260m,
        Weekly => 52m,
        Monthly => 12m,
        _ => 1m,
    };

    /// <summary>"hourly", "hour", "hr", "HOURLY", "per hour", "yr", "annum", ... → the canonical name, or null.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim().ToLowerInvariant();
        return t switch
        {
            _ when t.Contains("hour", StringComparison.Ordinal) || t is "hr" or "h" or "/hr" => Hourly,
            _ when t.Contains("day", StringComparison.Ordinal) || t.Contains("daily", StringComparison.Ordinal) => Daily,
            _ when t.Contains("week", StringComparison.Ordinal) || t is "wk" => Weekly,
            _ when t.Contains("month", StringComparison.Ordinal) || t is "mo" => Monthly,
            _ when t.Contains("year", StringComparison.Ordinal) || t.Contains("annu", StringComparison.Ordinal) || t is "yr" or "pa" => Yearly,
            _ => null,
        };
    }
}
