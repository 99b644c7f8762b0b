using Marketplace.Listings.Api.Data;
using Marketplace.Listings.Api.Domain;

namespace Marketplace.Listings.Api.Assistant;

/// <summary>
/// The deterministic listing assistant: rules over the listing, the skills other listings of its category ask for,
/// and BLS wages for its occupation. The same listing always gets the same advice.
/// </summary>
public sealed class ListingOptimizer(BlsWages wages)
{
    private const int ThinDescription = 400;

    public OptimizationResult Optimize(ListingRow l, IReadOnlyList<string> commonSkills)
    {
        var category = SnakeCase.Parse<JobCategory>(l.JobCategory);
        var benchmark = wages.For(category);
        var suggestions = new List<Suggestion>();

        if (l.SalaryMin is null && l.SalaryMax is null)
        {
            var range = benchmark is { AnnualP25: { } p25, AnnualP75: { } p75 } ? $" BLS puts the middle half of {benchmark.Occupation} at ${p25:N0}–${p75:N0} a year." : "";
            suggestions.Add(new("salary_min", "high", $"Add a pay range: listings without pay draw fewer applicants.{range}"));
        }
        else if (benchmark is not null && Median(l) is { } offered && Benchmark(l, benchmark) is ({ } low, { } median, { } high))
        {
            if (offered < low)
            {
                suggestions.Add(new("salary_max", "high", $"The range sits below the 25th percentile for {benchmark.Occupation} ({Money(low, l)}); the national median is {Money(median, l)}."));
            }
            else if (offered > high)
            {
                suggestions.Add(new("salary_min", "low", $"The range is above the 75th percentile for {benchmark.Occupation} ({Money(high, l)}); say why in the description (seniority, on-call, travel)."));
            }
        }

        if (l.Description.Length < ThinDescription)
        {
            suggestions.Add(new("description", "high", $"The description has {l.Description.Length} characters; describe the equipment, the buildings, the schedule and on-call duty (aim for {ThinDescription}+)."));
        }

        var missing = commonSkills.Where(s => !l.RequiredSkills.Concat(l.PreferredSkills).Contains(s, StringComparer.OrdinalIgnoreCase)).Take(5).ToList();
        if (missing.Count > 0)
        {
            suggestions.Add(new("required_skills", "medium", "Listings of this category usually ask for these skills.", missing));
        }

        if (l.RequiredCertifications.Length == 0 && TradeCertifications.For(l.Trade) is { Count: > 0 } certifications)
        {
            suggestions.Add(new("required_certifications", "medium", "Name the certifications or licences the work needs.", certifications));
        }

        if (l.LocationType != "remote" && l.City is null && l.PostalCode is null && l.Latitude is null)
        {
            suggestions.Add(new("city", "high", "Give a city or postal code: radius searches cannot find a listing without a place."));
        }

        if (l.Trade == "elevator" && l.ManufacturerExperience.Length == 0)
        {
            suggestions.Add(new("manufacturer_experience", "low", "Elevator technicians search by manufacturer; list the equipment brands (Otis, KONE, Schindler, TK Elevator ...)."));
        }

        var score = Math.Max(0, 100 - suggestions.Sum(s => s.Severity switch { "high" => 25, "medium" => 10, _ => 5 }));
        return new OptimizationResult(l.Id, score, suggestions, TradeCertifications.Questions(l.Trade), benchmark);
    }

    private static decimal? Median(ListingRow l) => (l.SalaryMin, l.SalaryMax) switch
    {
        ({ } min, { } max) => (min + max) / 2,
        (var min, var max) => min ?? max,
    };

    private static (decimal?, decimal?, decimal?) Benchmark(ListingRow l, WageBenchmark b) => l.CompensationType switch
    {
        "hourly" => (b.HourlyP25, b.HourlyMedian, b.HourlyP75),
        "salary" => (b.AnnualP25, b.AnnualMedian, b.AnnualP75),
        _ => (null, null, null),
    };

    private static string Money(decimal value, ListingRow l) => l.CompensationType == "hourly" ? $"${value:N2}/h" : $"${value:N0}/yr";
}
