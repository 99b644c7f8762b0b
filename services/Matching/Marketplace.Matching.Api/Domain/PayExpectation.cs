using System.Globalization;
using System.Text.RegularExpressions;

namespace Marketplace.Matching.Api.Domain;

/// <summary>
/// Expected pay as a range and a type ("hourly", "salary"), parsed from free text when that is all there is:
/// "$45–55/hr", "$150K - $180K", "70,000 per year". Hourly figures annualize at 2,080 hours.
/// </summary>
public sealed partial record PayExpectation(decimal? Min, decimal? Max, string Type)
{
    public const decimal HoursPerYear = 2080m;

    public decimal? AnnualMin => Min is { } min ? Annualize(min, Type) : null;

    public static decimal Annualize(decimal amount, string? type) => type switch
    {
        "hourly" => amount * HoursPerYear,
        "day_rate" => amount * 260m,
        _ => amount,
    };

    /// <summary>Null when the text names no amount.</summary>
    public static PayExpectation? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return null;
        }

        var amounts = Amount().Matches(text)
            .Select(m => decimal.TryParse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var n)
                ? n * (m.Groups["k"].Success ? 1000m : 1m) : (decimal?)null)
            .OfType<decimal>()
            .Where(n => n > 0 && n < 100_000_000m)
            .Take(2)
            .ToList();
        if (amounts.Count == 0)
        {
            return null;
        }

        // "$150-180K": a K on the second figure applies to the first.
        if (amounts.Count == 2 && amounts[1] >= 1000 && amounts[0] < 1000 && text.Contains('k', StringComparison.OrdinalIgnoreCase))
        {
            amounts[0] *= 1000m;
        }

        var hourly = Hourly().IsMatch(text) || amounts.Max() < 500m;
        return new PayExpectation(amounts.Min(), amounts.Max(), hourly ? "hourly" : "salary");
    }

    [GeneratedRegex(@"(?<n>\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?)\s*(?<k>[kK]\b)?")]
    private static partial Regex Amount();

    [GeneratedRegex(@"(/\s*h(ou)?r|per\s+hour|an\s+hour|hourly|/h\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Hourly();
}
