namespace Marketplace.Matching.Api.Domain;

/// <summary>What the scorer knows of a job: a published listing or an imported posting.</summary>
public sealed record JobFacts
{
    public required string Title { get; init; }
    public IReadOnlyList<string> RequiredSkills { get; init; } = [];
    public IReadOnlyList<string> PreferredSkills { get; init; } = [];
    public IReadOnlyList<string> RequiredCertifications { get; init; } = [];
    public IReadOnlyList<string> ManufacturerExperience { get; init; } = [];
    public string ExperienceLevel { get; init; } = "any";
    public int? ExperienceYearsMin { get; init; }
    public string LocationType { get; init; } = "on_site";
    public string? City { get; init; }
    public string? StateProvince { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }

    /// <summary>The highest annual pay offered (hourly figures annualized), if known.</summary>
    public decimal? OfferedAnnualPayMax { get; init; }

    public float[]? Embedding { get; init; }

    public HashSet<string> RequiredKeys => requiredKeys ??= SkillVocabulary.Keys(RequiredSkills);

    public HashSet<string> PreferredKeys => preferredKeys ??= SkillVocabulary.Keys(PreferredSkills.Concat(ManufacturerExperience));

    private HashSet<string>? requiredKeys;
    private HashSet<string>? preferredKeys;
}
