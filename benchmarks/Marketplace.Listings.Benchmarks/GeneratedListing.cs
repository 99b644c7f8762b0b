namespace Marketplace.Listings.Benchmarks;

/// <summary>A listing row for the bulk load, already in the database's vocabulary.</summary>
public sealed record GeneratedListing(
    Guid Id,
    Guid OrganizationId,
    string Title,
    string Description,
    string JobCategory,
    string Trade,
    string JobType,
    string Visibility,
    string[] NetworkIds,
    string? Region,
    string ExperienceLevel,
    string[] Manufacturers,
    string[] Certifications,
    string LocationType,
    City City,
    string? CompensationType,
    decimal? SalaryMin,
    decimal? SalaryMax,
    string Urgency,
    string Status,
    DateTimeOffset PublishedAt,
    float[] Embedding);
