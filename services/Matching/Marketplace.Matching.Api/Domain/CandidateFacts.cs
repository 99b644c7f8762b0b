namespace Marketplace.Matching.Api.Domain;

/// <summary>What the scorer knows of a person: a profile, a recruiter's candidate, or an application's frozen snapshot.</summary>
public sealed record CandidateFacts
{
    public string? CurrentTitle { get; init; }
    public IReadOnlyList<string> Skills { get; init; } = [];
    public IReadOnlyList<Certification> Certifications { get; init; } = [];
    public IReadOnlyList<string> Manufacturers { get; init; } = [];
    public decimal? YearsExperience { get; init; }
    public string? City { get; init; }
    public string? StateProvince { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public int? ServiceRadiusMiles { get; init; }
    public bool WillingToTravel { get; init; }
    public bool WillingToRelocate { get; init; }

    /// <summary>The lowest annual pay the person asks for (hourly figures annualized), if known.</summary>
    public decimal? ExpectedAnnualPayMin { get; init; }

    public float[]? Embedding { get; init; }

    /// <summary>Canonical skill keys, computed once per candidate (scoring 100,000 profiles must not re-normalize each time).</summary>
    public HashSet<string> SkillKeys => skillKeys ??= SkillVocabulary.Keys(Skills.Concat(Manufacturers));

    private HashSet<string>? skillKeys;
}
