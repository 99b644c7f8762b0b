namespace Marketplace.Contracts.Listings;

/// <summary>
/// The listing as consumers see it. Enum-like fields are the API's lower snake_case strings
/// (job_category "elevator_mechanic", job_type "permanent", visibility "global"), so partners need no enums.
/// New fields are added at the end, nullable, never renamed.
/// </summary>
public sealed record JobListingSnapshot(
    string Title,
    string Description,
    string JobCategory,
    string JobType,
    string Visibility,
    string ExperienceLevel,
    string LocationType,
    string? City,
    string? StateProvince,
    string? Country,
    string? PostalCode,
    double? Latitude,
    double? Longitude,
    string? CompensationType,
    decimal? SalaryMin,
    decimal? SalaryMax,
    string? Currency,
    IReadOnlyList<string> RequiredSkills,
    IReadOnlyList<string> PreferredSkills,
    IReadOnlyList<string> RequiredCertifications,
    IReadOnlyList<string> ManufacturerExperience,
    string Urgency,
    int PositionsAvailable,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? ExpiresAt,
    string? SourcePlatform = null,
    string? SourceUrl = null,
    IReadOnlyList<ScreeningQuestionSnapshot>? ScreeningQuestions = null,
    IReadOnlyList<string>? NetworkIds = null,
    string? Region = null,
    string? Trade = null,
    DateTimeOffset? ApplicationDeadline = null,
    IReadOnlyList<VisibilityCascadeStep>? VisibilityCascade = null);
