using System.Text.Json;
using Marketplace.Contracts.Listings;

namespace Marketplace.Listings.Api.Data;

/// <summary>The listing as the events carry it, so that no consumer has to call back.</summary>
public static class ListingSnapshots
{
    public static JobListingSnapshot From(ListingRow l, IReadOnlyList<ScreeningQuestionSnapshot>? questions = null) => new(
        l.Title,
        l.Description,
        l.JobCategory,
        l.JobType,
        l.EffectiveVisibility,
        l.ExperienceLevel,
        l.LocationType,
        l.City,
        l.StateProvince,
        l.Country,
        l.PostalCode,
        l.Latitude,
        l.Longitude,
        l.CompensationType,
        l.SalaryMin,
        l.SalaryMax,
        l.Currency,
        l.RequiredSkills,
        l.PreferredSkills,
        l.RequiredCertifications,
        l.ManufacturerExperience,
        l.Urgency,
        l.PositionsAvailable,
        Utc(l.PublishedAt),
        Utc(l.ExpiresAt),
        l.SourcePlatform,
        l.SourceUrl,
        questions ?? [],
        l.NetworkIds,
        l.Region,
        l.Trade,
        Utc(l.ApplicationDeadline),
        Cascade(l.VisibilityCascade));

    private static readonly JsonSerializerOptions CascadeJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The stored cascade ([{"visibility": "network", "after_hours": 48}, ...]) for consumers that evaluate visibility themselves.</summary>
    private static List<VisibilityCascadeStep>? Cascade(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<List<VisibilityCascadeStep>>(json, CascadeJson);

    public static DateTimeOffset? Utc(DateTime? value) =>
        value is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;
}
