using System.Globalization;

namespace Marketplace.Web.Api.Seek;

/// <summary>How a listing's stored values read on a card: labels, place, pay and badges.</summary>
public static class JobText
{
    private static readonly CultureInfo Us = CultureInfo.InvariantCulture;

    /// <summary>"elevator_mechanic" → "Elevator mechanic"; "hvac_technician" → "HVAC technician".</summary>
    public static string Label(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var words = value.Split('_', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w is "hvac" or "us" ? w.ToUpperInvariant() : w).ToArray();
        var text = string.Join(' ', words);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>"Chicago, IL" (or "Remote", "Chicago, IL · hybrid").</summary>
    public static string Place(JobListing job)
    {
        var place = string.Join(", ", new[] { job.City, job.StateProvince }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return job.LocationType switch
        {
            "remote" => place.Length == 0 ? "Remote" : $"Remote · {place}",
            "hybrid" => place.Length == 0 ? "Hybrid" : $"{place} · hybrid",
            _ => place.Length == 0 ? "On site" : place,
        };
    }

    /// <summary>"$48–62 an hour", "$90,000–110,000 a year", "From $40 an hour"; null when the employer hides pay.</summary>
    public static string? Pay(JobListing job)
    {
        if (job.SalaryMin is null && job.SalaryMax is null)
        {
            return job.CompensationType == "negotiable" ? "Pay negotiable" : null;
        }

        var unit = job.CompensationType switch
        {
            "hourly" => " an hour",
            "salary" => " a year",
            "day_rate" => " a day",
            "contract_total" => " for the contract",
            _ => "",
        };
        var symbol = job.Currency is null or "USD" ? "$" : job.Currency + " ";
        return (job.SalaryMin, job.SalaryMax) switch
        {
            ({ } min, { } max) when min == max => $"{symbol}{Amount(min)}{unit}",
            ({ } min, { } max) => $"{symbol}{Amount(min)}–{Amount(max)}{unit}",
            ({ } min, null) => $"From {symbol}{Amount(min)}{unit}",
            (null, { } max) => $"Up to {symbol}{Amount(max)}{unit}",
            _ => null,
        };
    }

    /// <summary>An emergency or urgent listing gets the URGENT badge.</summary>
    public static bool IsUrgent(JobListing job) => job.Urgency is "emergency" or "urgent" || job.JobType == "emergency";

    /// <summary>"Matches your words · similar in meaning (71%) · 4.2 mi away": Listings' reasons for a result, in plain words.</summary>
    public static string? WhyThisResult(SearchMatch? match)
    {
        if (match is null)
        {
            return null;
        }

        var reasons = new List<string>();
        var by = match.MatchedBy ?? [];
        if (by.Contains("full_text"))
        {
            reasons.Add("matches your words");
        }

        if (by.Contains("semantic"))
        {
            reasons.Add(match.SemanticSimilarity is { } similarity
                ? $"similar in meaning ({Math.Round(similarity * 100).ToString(Us)}%)"
                : "similar in meaning");
        }

        if (match.DistanceMiles is { } miles)
        {
            reasons.Add($"{miles.ToString("0.#", Us)} mi away");
        }

        if (reasons.Count == 0 && by.Contains("filters"))
        {
            reasons.Add("matches your filters");
        }

        return reasons.Count == 0 ? null : char.ToUpperInvariant(reasons[0][0]) + string.Join(" · ", reasons)[1..];
    }

    private static string Amount(decimal value) =>
        value % 1 == 0 ? value.ToString("#,0", Us) : value.ToString("#,0.00", Us);
}
