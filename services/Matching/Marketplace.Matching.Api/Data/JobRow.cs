using Marketplace.Matching.Api.Domain;
using Pgvector;

namespace Marketplace.Matching.Api.Data;

/// <summary>A job_requirements row: Matching's read model of a listing or an imported posting.</summary>
public sealed class JobRow
{
    public const string Columns = """
        j.listing_id, j.organization_id, j.title, j.description, j.job_category, j.job_type, j.experience_level, j.experience_years_min,
        j.visibility, j.network_ids, j.region, j.location_type, j.city, j.state_province, j.country, j.latitude, j.longitude,
        j.compensation_type, j.salary_min, j.salary_max, j.required_skills, j.preferred_skills, j.required_certifications,
        j.manufacturer_experience, j.is_external, j.role_id, j.status, j.matching_status
        """;

    public Guid ListingId { get; init; }
    public Guid OrganizationId { get; init; }
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public string JobCategory { get; init; } = "";
    public string JobType { get; init; } = "";
    public string ExperienceLevel { get; init; } = "any";
    public int? ExperienceYearsMin { get; init; }
    public string Visibility { get; init; } = "global";
    public string[] NetworkIds { get; init; } = [];
    public string? Region { get; init; }
    public string LocationType { get; init; } = "on_site";
    public string? City { get; init; }
    public string? StateProvince { get; init; }
    public string? Country { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? CompensationType { get; init; }
    public decimal? SalaryMin { get; init; }
    public decimal? SalaryMax { get; init; }
    public string[] RequiredSkills { get; init; } = [];
    public string[] PreferredSkills { get; init; } = [];
    public string[] RequiredCertifications { get; init; } = [];
    public string[] ManufacturerExperience { get; init; } = [];
    public bool IsExternal { get; init; }
    public Guid? RoleId { get; init; }
    public string Status { get; init; } = "active";
    public string MatchingStatus { get; init; } = "pending";
    public Vector? Embedding { get; init; }

    public JobFacts ToFacts() => new()
    {
        Title = Title,
        RequiredSkills = RequiredSkills,
        PreferredSkills = PreferredSkills,
        RequiredCertifications = RequiredCertifications,
        ManufacturerExperience = ManufacturerExperience,
        ExperienceLevel = ExperienceLevel,
        ExperienceYearsMin = ExperienceYearsMin,
        LocationType = LocationType,
        City = City,
        StateProvince = StateProvince,
        Latitude = Latitude,
        Longitude = Longitude,
        OfferedAnnualPayMax = (SalaryMax ?? SalaryMin) is { } max
            ? PayExpectation.Annualize(max, CompensationType == "salary" ? "salary" : CompensationType)
            : null,
        Embedding = Embedding?.ToArray(),
    };

    /// <summary>The bounded text a job is embedded from: title, category, skills, the start of the description.</summary>
    public string EmbeddingText => Marketplace.Embeddings.ListingText.For(
        Title, JobCategory, RequiredSkills.Concat(PreferredSkills), ManufacturerExperience, Description.Length > 600 ? Description[..600] : Description);
}
