using System.Globalization;
using System.Text.RegularExpressions;

namespace Marketplace.ScraperIngest.Api.Domain;

/// <summary>
/// Pay from JobSpy's numeric columns (min_amount, max_amount, interval) or from salary text such as
/// "$150K - $180K", "$42-50/hr" or "$60,000 a year". Without a stated interval, a figure under 500 is read
/// as hourly and anything larger as yearly, which is how US boards quote pay.
/// </summary>
public static partial class SalaryParser
{
    private const decimal HourlyCeiling = 500m;

    public static ParseResult<Salary?> FromAmounts(decimal? min, decimal? max, string? interval, string? currency)
    {
        if (min is null && max is null)
        {
            return ParseResult<Salary?>.Ok(null);
        }

        if (min < 0 || max < 0)
        {
            return ParseResult<Salary?>.Fail("salary amounts cannot be negative");
        }

        if (min is { } low && max is { } high && low > high)
        {
            return ParseResult<Salary?>.Fail($"min_amount {low} is greater than max_amount {high}");
        }

        var canonical = SalaryInterval.Normalize(interval) ?? Infer(max ?? min!.Value);
        return ParseResult<Salary?>.Ok(new Salary(min, max, canonical, NormalizeCurrency(currency)));
    }

    public static ParseResult<Salary?> FromText(string? text, string? currency = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<Salary?>.Ok(null);
        }

        var figures = Figure().Matches(text)
            .Select(m => Amount(m))
            .Where(a => a is not null)
            .Select(a => a!.Value)
            .ToList();
        if (figures.Count == 0)
        {
            return ParseResult<Salary?>.Fail($"salary text '{Shorten(text)}' has no amount");
        }

        // "$42-50K": a suffix on the last figure applies to a bare first one.
        var min = figures[0];
        var max = figures.Count > 1 ? figures[1] : (decimal?)null;
        if (max is { } high && Thousands().IsMatch(text) && min < 1000 && high >= 1000)
        {
            min *= 1000;
        }

        var interval = SalaryInterval.Normalize(IntervalWord().Match(text).Value) ?? Infer(max ?? min);
        var symbolCurrency = text.Contains('€') ? "EUR" : text.Contains('£') ? "GBP" : null;
        return FromAmounts(min, max, interval, currency ?? symbolCurrency);
    }

    private static string Infer(decimal figure) => figure < HourlyCeiling ? SalaryInterval.Hourly : SalaryInterval.Yearly;

    private static string NormalizeCurrency(string? currency) =>
        string.IsNullOrWhiteSpace(currency) ? "USD" : currency.Trim().ToUpperInvariant();

    private static decimal? Amount(Match match)
    {
        if (!decimal.TryParse(match.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return match.Groups["k"].Value.Length > 0 ? value * 1000 : value;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?<k>[kK](?![a-zA-Z]))?")]
    private static partial Regex Figure();

    [GeneratedRegex(@"\d\s*[kK]\b")]
    private static partial Regex Thousands();

    [GeneratedRegex(@"(?i)\b(hourly|hour|hr|daily|day|weekly|week|wk|monthly|month|mo|yearly|year|yr|annually|annum)\b")]
    private static partial Regex IntervalWord();
}
