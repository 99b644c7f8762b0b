using Marketplace.Listings.Api.Domain;

namespace Marketplace.Listings.Api.Apis;

/// <summary>
/// The body of POST /api/v1/jobs and PUT /api/v1/jobs/{id}. Everything is nullable so that a missing field is
/// reported by <see cref="ListingValidator"/> by name rather than by the JSON reader. Server-owned and paid-for
/// fields (featured, positions_filled, counters, status) are not here, so a body carrying them changes nothing
/// (issue #9, item 6).
/// </summary>
public sealed record JobListingRequest
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public JobCategory? JobCategory { get; init; }
    public JobType? JobType { get; init; }
    public ListingVisibility? Visibility { get; init; }
    public IReadOnlyList<VisibilityStep>? VisibilityCascade { get; init; }
    public ExperienceLevel? ExperienceLevel { get; init; }
    public IReadOnlyList<string>? RequiredCertifications { get; init; }
    public IReadOnlyList<string>? PreferredCertifications { get; init; }
    public IReadOnlyList<string>? RequiredSkills { get; init; }
    public IReadOnlyList<string>? PreferredSkills { get; init; }
    public IReadOnlyList<string>? RequiredLicenses { get; init; }
    public IReadOnlyList<string>? ManufacturerExperience { get; init; }
    public IReadOnlyList<string>? EquipmentTypes { get; init; }
    public LocationType? LocationType { get; init; }
    public string? Address { get; init; }
    public string? City { get; init; }
    public string? StateProvince { get; init; }
    public string? Country { get; init; }
    public string? PostalCode { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public bool? TravelRequired { get; init; }
    public int? TravelPercentage { get; init; }
    public bool? RelocationOffered { get; init; }
    public CompensationType? CompensationType { get; init; }
    public decimal? SalaryMin { get; init; }
    public decimal? SalaryMax { get; init; }
    public string? Currency { get; init; }
    public bool? ShowCompensation { get; init; }
    public ScheduleType? ScheduleType { get; init; }
    public decimal? HoursPerWeek { get; init; }
    public string? Shift { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public int? DurationWeeks { get; init; }
    public Urgency? Urgency { get; init; }
    public DateTimeOffset? ApplicationDeadline { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public bool? AutoRenew { get; init; }
    public int? PositionsAvailable { get; init; }
    public string? ContactName { get; init; }

    /// <summary>The employer's name as job seekers see it (e.g. "Lakeview Properties").</summary>
    public string? OrganizationName { get; init; }
    public string? ContactEmail { get; init; }
    public string? ContactPhone { get; init; }
    public IReadOnlyList<string>? MatchKeywords { get; init; }
}
