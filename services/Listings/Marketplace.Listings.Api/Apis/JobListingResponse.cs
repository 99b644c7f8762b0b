using System.Text.Json;
using Marketplace.Listings.Api.Data;
using Marketplace.Listings.Api.Domain;
using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.Listings.Api.Apis;

/// <summary>A listing as the API answers it; enum values are the snake_case strings stored with it.</summary>
public sealed record JobListingResponse(
    Guid Id,
    Guid OrganizationId,
    string Title,
    string? OrganizationName,
    string Description,
    string JobCategory,
    string JobType,
    string Visibility,
    string EffectiveVisibility,
    IReadOnlyList<VisibilityStep>? VisibilityCascade,
    string ExperienceLevel,
    IReadOnlyList<string> RequiredCertifications,
    IReadOnlyList<string> PreferredCertifications,
    IReadOnlyList<string> RequiredSkills,
    IReadOnlyList<string> PreferredSkills,
    IReadOnlyList<string> RequiredLicenses,
    IReadOnlyList<string> ManufacturerExperience,
    IReadOnlyList<string> EquipmentTypes,
    string LocationType,
    string? Address,
    string? City,
    string? StateProvince,
    string? Country,
    string? PostalCode,
    double? Latitude,
    double? Longitude,
    bool TravelRequired,
    int? TravelPercentage,
    bool RelocationOffered,
    string? CompensationType,
    decimal? SalaryMin,
    decimal? SalaryMax,
    string? Currency,
    bool ShowCompensation,
    string? ScheduleType,
    decimal? HoursPerWeek,
    string? Shift,
    DateOnly? StartDate,
    DateOnly? EndDate,
    int? DurationWeeks,
    string Urgency,
    DateTimeOffset? ApplicationDeadline,
    int PositionsAvailable,
    int PositionsFilled,
    bool Featured,
    string? ContactName,
    string? ContactEmail,
    string? ContactPhone,
    IReadOnlyList<string> MatchKeywords,
    int ViewCount,
    int ApplicationCount,
    int ShortlistedCount,
    string Status,
    string? CloseReason,
    bool AutoRenew,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool IsExternal,
    string? SourcePlatform,
    string? SourceUrl)
{
    private static readonly JsonSerializerOptions CascadeJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>
    /// Hidden compensation is shown to the owning organization only. Contact details (name, e-mail, phone, street
    /// address) are for signed-in callers who may see the listing, never for anonymous visitors (issue #9, item 4).
    /// </summary>
    public static JobListingResponse From(ListingRow l, Caller caller)
    {
        var showPay = l.ShowCompensation || l.OrganizationId == caller.OrganizationId;
        var contact = caller.IsAuthenticated;
        return new JobListingResponse(
            l.Id, l.OrganizationId, l.Title, l.OrganizationName, l.Description, l.JobCategory, l.JobType, l.Visibility, l.EffectiveVisibility,
            l.VisibilityCascade is null ? null : Cascade(l.VisibilityCascade),
            l.ExperienceLevel, l.RequiredCertifications, l.PreferredCertifications, l.RequiredSkills, l.PreferredSkills,
            l.RequiredLicenses, l.ManufacturerExperience, l.EquipmentTypes, l.LocationType, contact ? l.Address : null, l.City, l.StateProvince,
            l.Country, l.PostalCode, l.Latitude, l.Longitude, l.TravelRequired, l.TravelPercentage, l.RelocationOffered,
            showPay ? l.CompensationType : null, showPay ? l.SalaryMin : null, showPay ? l.SalaryMax : null,
            showPay ? l.Currency : null, l.ShowCompensation, l.ScheduleType, l.HoursPerWeek, l.Shift,
            l.StartDate is { } s ? DateOnly.FromDateTime(s) : null, l.EndDate is { } e ? DateOnly.FromDateTime(e) : null,
            l.DurationWeeks, l.Urgency, ListingSnapshots.Utc(l.ApplicationDeadline), l.PositionsAvailable, l.PositionsFilled,
            l.Featured, contact ? l.ContactName : null, contact ? l.ContactEmail : null, contact ? l.ContactPhone : null, l.MatchKeywords, l.ViewCount, l.ApplicationCount,
            l.ShortlistedCount, l.Status, l.CloseReason, l.AutoRenew, ListingSnapshots.Utc(l.PublishedAt),
            ListingSnapshots.Utc(l.ExpiresAt), ListingSnapshots.Utc(l.CreatedAt)!.Value, ListingSnapshots.Utc(l.UpdatedAt)!.Value,
            l.SourcePlatform is not null, l.SourcePlatform, l.SourceUrl);
    }

    private static List<VisibilityStep> Cascade(string json) =>
        JsonSerializer.Deserialize<List<CascadeRow>>(json, CascadeJson)!
            .Select(s => new VisibilityStep(SnakeCase.Parse<ListingVisibility>(s.Visibility), s.AfterHours))
            .ToList();

    private sealed record CascadeRow(string Visibility, double AfterHours);
}
