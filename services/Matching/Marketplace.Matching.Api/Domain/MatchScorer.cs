namespace Marketplace.Matching.Api.Domain;

/// <summary>
/// The match score (issue 11): deterministic, explainable, no I/O. Each component is 0–1, weighted by
/// <see cref="MatchWeights"/>; components that cannot be judged are left out and the rest renormalized. Reasons,
/// concerns and recommendations are built from the components, so the same inputs always say the same words.
/// </summary>
public static class MatchScorer
{
    private const double EarthRadiusMiles = 3958.8;
    private const int DefaultRadiusMiles = 50;

    public static MatchResult Score(CandidateFacts candidate, JobFacts job, DateOnly today)
    {
        var components = new Dictionary<string, decimal>(6);
        var reasons = new List<string>(4);
        var concerns = new List<string>(2);
        var advice = new List<string>(2);

        var (matched, missing) = Skills(candidate, job, components, reasons, concerns, advice);
        Experience(candidate, job, components, reasons, concerns);
        Certifications(candidate, job, today, components, reasons, concerns, advice);
        Location(candidate, job, components, reasons, concerns);
        Pay(candidate, job, components, reasons, concerns);
        Semantic(candidate, job, components, reasons);

        decimal weighted = 0, total = 0;
        foreach (var (name, value) in components)
        {
            var weight = MatchWeights.All[name];
            weighted += weight * value;
            total += weight;
        }

        var score = total == 0 ? 0 : Math.Round(weighted / total * 100m, 1);
        var percent = components.ToDictionary(c => c.Key, c => Math.Round(c.Value * 100m, 1));
        return new MatchResult(score, percent, matched, missing, reasons, concerns, advice);
    }

    private static (List<string> Matched, List<string> Missing) Skills(
        CandidateFacts candidate, JobFacts job, Dictionary<string, decimal> components, List<string> reasons, List<string> concerns, List<string> advice)
    {
        var have = candidate.SkillKeys;
        var required = job.RequiredKeys;
        var preferred = job.PreferredKeys;
        var matched = new List<string>();
        var missing = new List<string>();
        if (required.Count == 0 && preferred.Count == 0)
        {
            return (matched, missing);
        }

        int requiredHit = 0, preferredHit = 0;
        foreach (var skill in required)
        {
            if (have.Contains(skill)) { requiredHit++; matched.Add(skill); } else { missing.Add(skill); }
        }

        foreach (var skill in preferred)
        {
            if (required.Contains(skill)) { continue; }
            if (have.Contains(skill)) { preferredHit++; matched.Add(skill); }
        }

        var preferredCount = preferred.Count(p => !required.Contains(p));
        // Required skills carry three quarters of the component when both kinds are listed.
        decimal value = required.Count == 0 ? (decimal)preferredHit / preferredCount
            : preferredCount == 0 ? (decimal)requiredHit / required.Count
            : 0.75m * requiredHit / required.Count + 0.25m * preferredHit / preferredCount;
        components[MatchComponents.Skills] = value;
        if (required.Count > 0)
        {
            reasons.Add(requiredHit == required.Count
                ? $"Has all {required.Count} required skills"
                : $"Has {requiredHit} of {required.Count} required skills");
        }

        if (preferredHit > 0)
        {
            reasons.Add($"Has {preferredHit} of {preferredCount} preferred skills");
        }

        if (missing.Count > 0)
        {
            concerns.Add($"Missing required skills: {string.Join(", ", missing)}");
            advice.Add($"Add experience with {missing[0]} to your profile if you have it");
        }

        return (matched, missing);
    }

    private static void Experience(CandidateFacts candidate, JobFacts job, Dictionary<string, decimal> components, List<string> reasons, List<string> concerns)
    {
        var needed = job.ExperienceYearsMin ?? job.ExperienceLevel switch
        {
            "entry" => 0, "junior" => 1, "mid" => 3, "senior" => 5, "expert" => 8, "lead" => 8, _ => (int?)null,
        };
        if (needed is null || candidate.YearsExperience is not { } years)
        {
            return;
        }

        if (needed == 0 || years >= needed)
        {
            components[MatchComponents.Experience] = 1m;
            reasons.Add(needed == 0 ? "Experience fits an entry-level role" : $"{years:0.#} years of experience meets the {needed}+ asked");
            return;
        }

        components[MatchComponents.Experience] = Math.Clamp(years / needed.Value, 0m, 1m);
        concerns.Add($"{years:0.#} years of experience, the job asks for {needed}+");
    }

    private static void Certifications(
        CandidateFacts candidate, JobFacts job, DateOnly today, Dictionary<string, decimal> components,
        List<string> reasons, List<string> concerns, List<string> advice)
    {
        if (job.RequiredCertifications.Count == 0)
        {
            return;
        }

        var held = 0;
        foreach (var name in job.RequiredCertifications)
        {
            var key = SkillVocabulary.Key(name);
            Certification? found = null;
            foreach (var c in candidate.Certifications)
            {
                if (SkillVocabulary.Key(c.Name) == key) { found = c; if (c.IsValidOn(today)) { break; } }
            }

            if (found is null)
            {
                concerns.Add($"No {name} certification");
                advice.Add($"Add your {name} certification if you hold it");
            }
            else if (!found.IsValidOn(today))
            {
                concerns.Add($"{found.Name} expired on {found.ExpiresOn:yyyy-MM-dd}");
                advice.Add($"Renew your {found.Name}");
            }
            else
            {
                held++;
            }
        }

        components[MatchComponents.Certifications] = (decimal)held / job.RequiredCertifications.Count;
        if (held > 0)
        {
            reasons.Add($"Holds {held} of {job.RequiredCertifications.Count} required certifications");
        }
    }

    private static void Location(CandidateFacts candidate, JobFacts job, Dictionary<string, decimal> components, List<string> reasons, List<string> concerns)
    {
        if (job.LocationType == "remote")
        {
            components[MatchComponents.Location] = 1m;
            reasons.Add("Remote work");
            return;
        }

        if (candidate.Latitude is { } lat && candidate.Longitude is { } lon && job.Latitude is { } jobLat && job.Longitude is { } jobLon)
        {
            var miles = Miles(lat, lon, jobLat, jobLon);
            var radius = candidate.ServiceRadiusMiles ?? DefaultRadiusMiles;
            if (miles <= radius)
            {
                components[MatchComponents.Location] = 1m;
                reasons.Add($"{miles:0} miles away, within {radius} miles");
            }
            else if (candidate.WillingToRelocate)
            {
                components[MatchComponents.Location] = 0.7m;
                reasons.Add($"{miles:0} miles away; willing to relocate");
            }
            else if (candidate.WillingToTravel && miles <= radius * 3)
            {
                components[MatchComponents.Location] = 0.6m;
                reasons.Add($"{miles:0} miles away; willing to travel");
            }
            else
            {
                components[MatchComponents.Location] = (decimal)Math.Clamp(radius / miles, 0, 0.5);
                concerns.Add($"{miles:0} miles away, beyond the {radius}-mile radius");
            }

            return;
        }

        if (candidate.City is { Length: > 0 } city && string.Equals(city, job.City, StringComparison.OrdinalIgnoreCase))
        {
            components[MatchComponents.Location] = 1m;
            reasons.Add($"Lives in {job.City}");
        }
        else if (candidate.StateProvince is { Length: > 0 } state && string.Equals(state, job.StateProvince, StringComparison.OrdinalIgnoreCase))
        {
            components[MatchComponents.Location] = candidate.WillingToTravel || candidate.WillingToRelocate ? 0.8m : 0.6m;
            reasons.Add($"Lives in the same state ({state})");
        }
        else if (candidate.WillingToRelocate && job.City is not null)
        {
            components[MatchComponents.Location] = 0.6m;
            reasons.Add("Willing to relocate");
        }
    }

    private static void Pay(CandidateFacts candidate, JobFacts job, Dictionary<string, decimal> components, List<string> reasons, List<string> concerns)
    {
        if (candidate.ExpectedAnnualPayMin is not { } expected || job.OfferedAnnualPayMax is not { } offered || expected <= 0)
        {
            return;
        }

        if (offered >= expected)
        {
            components[MatchComponents.Pay] = 1m;
            reasons.Add("Pay meets the expected range");
            return;
        }

        components[MatchComponents.Pay] = Math.Clamp(offered / expected, 0m, 1m) is var ratio && ratio >= 0.9m ? ratio : ratio * ratio;
        concerns.Add($"Pay offered is about {Math.Round((1 - offered / expected) * 100):0}% below the expected");
    }

    private static void Semantic(CandidateFacts candidate, JobFacts job, Dictionary<string, decimal> components, List<string> reasons)
    {
        if (candidate.Embedding is not { } a || job.Embedding is not { } b || a.Length != b.Length)
        {
            return;
        }

        var cosine = Cosine(a, b);
        // Sentence vectors of related job texts sit around 0.3–0.8 in cosine; this maps 0.2 → 0 and 0.8 → 1.
        var value = (decimal)Math.Clamp((cosine - 0.2) / 0.6, 0, 1);
        components[MatchComponents.Semantic] = value;
        if (value >= 0.6m)
        {
            reasons.Add(candidate.CurrentTitle is { Length: > 0 } title ? $"Experience as {title} is close to this job" : "Profile is close to this job");
        }
    }

    public static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    public static double Miles(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusMiles * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
