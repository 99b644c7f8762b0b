namespace Marketplace.Web.Api.Seek;

/// <summary>The parts of Listings' JobListingResponse the seeker's screens show (snake_case on the wire).</summary>
public sealed record JobListing(
    Guid Id,
    Guid OrganizationId,
    string Title,
    string? OrganizationName,
    string Description,
    string JobCategory,
    string JobType,
    string ExperienceLevel,
    IReadOnlyList<string> RequiredSkills,
    IReadOnlyList<string> PreferredSkills,
    IReadOnlyList<string> RequiredCertifications,
    string LocationType,
    string? City,
    string? StateProvince,
    string? Country,
    string? PostalCode,
    string? CompensationType,
    decimal? SalaryMin,
    decimal? SalaryMax,
    string? Currency,
    string? ScheduleType,
    string? Shift,
    DateOnly? StartDate,
    string Urgency,
    DateTimeOffset? ApplicationDeadline,
    int PositionsAvailable,
    bool Featured,
    string? ContactName,
    string Status,
    DateTimeOffset? PublishedAt,
    DateTimeOffset CreatedAt,
    bool IsExternal,
    string? SourcePlatform,
    string? SourceUrl)
{
    /// <summary>When the listing went live (its creation for one never published).</summary>
    public DateTimeOffset PostedAt => PublishedAt ?? CreatedAt;
}
