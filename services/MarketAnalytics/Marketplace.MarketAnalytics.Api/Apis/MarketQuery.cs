using System.Globalization;
using Marketplace.MarketAnalytics.Api.Domain;
using Marketplace.MarketAnalytics.Api.Reference;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.MarketAnalytics.Api.Apis;

/// <summary>
/// Reads and checks a market query's parameters, collecting one message per field at fault, so every bad input
/// is a 400 naming its field and none reaches SQL (no NUL bytes, no absurd dates or amounts).
/// </summary>
internal sealed class MarketQuery(MarketReference reference)
{
    private readonly Dictionary<string, string[]> errors = new(StringComparer.Ordinal);

    public bool IsValid => errors.Count == 0;

    public ValidationProblem Problem() => TypedResults.ValidationProblem(errors);

    public void Fail(string field, string message) => errors.TryAdd(field, [message]);

    public (CanonicalRole Role, RoleResolution Resolution) Role(string? text)
    {
        var query = Text("role", text);
        if (string.IsNullOrWhiteSpace(query))
        {
            return (CanonicalRole.All, RoleResolution.Of(query, CanonicalRole.All, null));
        }

        if (reference.ResolveRole(query) is { } found)
        {
            return (found.Role, RoleResolution.Of(query, found.Role, found.Matched));
        }

        Fail("role", $"No occupation or job category matches '{query}'.");
        return (CanonicalRole.All, RoleResolution.Of(query, CanonicalRole.All, null));
    }

    public (CanonicalLocation Location, LocationResolution Resolution) Location(string? text)
    {
        var query = Text("location", text);
        if (string.IsNullOrWhiteSpace(query))
        {
            return (CanonicalLocation.UnitedStates, LocationResolution.Of(query, CanonicalLocation.UnitedStates));
        }

        if (reference.Locations.Resolve(query) is { } found)
        {
            return (found, LocationResolution.Of(query, found));
        }

        Fail("location", $"No place matches '{query}': use a US city and state (\"Austin, TX\"), a state, or US.");
        return (CanonicalLocation.UnitedStates, LocationResolution.Of(query, CanonicalLocation.UnitedStates));
    }

    public DateOnly? Date(string field, string? text)
    {
        var value = Text(field, text);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            Fail(field, "Use an ISO date, yyyy-MM-dd.");
            return null;
        }

        if (day < QueryLimits.Earliest || day > QueryLimits.Latest)
        {
            Fail(field, $"Use a date between {QueryLimits.Earliest:yyyy-MM-dd} and {QueryLimits.Latest:yyyy-MM-dd}.");
            return null;
        }

        return day;
    }

    /// <summary>from..to, defaulting to the <paramref name="defaultDays"/> days up to today; at most <paramref name="maxDays"/> days.</summary>
    public (DateOnly From, DateOnly To) Range(string? fromText, string? toText, DateOnly today, int defaultDays, int maxDays)
    {
        var to = Date("to", toText) ?? today;
        var from = Date("from", fromText) ?? to.AddDays(1 - defaultDays);
        if (!IsValid)
        {
            return (from, to);
        }

        if (from > to)
        {
            Fail("from", "from must not be after to.");
        }
        else if (to.DayNumber - from.DayNumber + 1 > maxDays)
        {
            Fail("to", $"A range covers at most {maxDays} days.");
        }

        return (from, to);
    }

    public TrendInterval Interval(string? text)
    {
        var value = Text("interval", text);
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "" or "day":
                return TrendInterval.Day;
            case "week":
                return TrendInterval.Week;
            case "month":
                return TrendInterval.Month;
            default:
                Fail("interval", "Use day, week or month.");
                return TrendInterval.Day;
        }
    }

    public decimal Amount(string? text)
    {
        var value = Text("amount", text);
        if (string.IsNullOrWhiteSpace(value))
        {
            Fail("amount", "A pay amount is required.");
            return 0;
        }

        if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            Fail("amount", "Use a number, such as 32.50 or 68000.");
            return 0;
        }

        if (amount <= 0 || amount > QueryLimits.MaxAmount)
        {
            Fail("amount", $"Use an amount above 0 and at most {QueryLimits.MaxAmount:0}.");
        }

        return amount;
    }

    public string Period(string? text)
    {
        var value = Text("period", text)?.Trim().ToLowerInvariant();
        switch (value)
        {
            case null or "" or "yearly":
                return "yearly";
            case "hourly":
                return "hourly";
            default:
                Fail("period", "Use hourly or yearly.");
                return "yearly";
        }
    }

    private string? Text(string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > QueryLimits.MaxTextLength)
        {
            Fail(field, $"Use at most {QueryLimits.MaxTextLength} characters.");
            return null;
        }

        if (value.Any(char.IsControl))
        {
            Fail(field, "Control characters are not allowed.");
            return null;
        }

        return value.Trim();
    }
}
