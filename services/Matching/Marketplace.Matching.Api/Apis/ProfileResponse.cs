using Marketplace.Matching.Api.Data;
using Marketplace.Matching.Api.Domain;

namespace Marketplace.Matching.Api.Apis;

/// <summary>A job seeker's own profile as they see it.</summary>
public sealed record ProfileResponse(
    Guid Id,
    string? CurrentTitle,
    string? Summary,
    IReadOnlyList<string> Skills,
    IReadOnlyList<Certification> Certifications,
    IReadOnlyList<string> Licenses,
    IReadOnlyList<string> Manufacturers,
    IReadOnlyList<string> Equipment,
    decimal? YearsExperience,
    string? City,
    string? StateProvince,
    string? Country,
    string? PostalCode,
    double? Latitude,
    double? Longitude,
    int? ServiceRadiusMiles,
    bool WillingToTravel,
    bool WillingToRelocate,
    decimal? ExpectedPayMin,
    decimal? ExpectedPayMax,
    string? ExpectedPayType,
    string? ExpectedPayText,
    IReadOnlyList<string> PreferredRoles,
    IReadOnlyList<string> PreferredLocations,
    IReadOnlyList<string> JobTypes,
    bool Discoverable,
    string NotificationChannel,
    long Version,
    DateTimeOffset UpdatedAt)
{
    public static ProfileResponse From(ProfileRow p) => new(
        p.Id, p.CurrentTitle, p.Summary, p.Skills, p.Certifications, p.Licenses, p.Manufacturers, p.Equipment, p.YearsExperience,
        p.City, p.StateProvince, p.Country, p.PostalCode, p.Latitude, p.Longitude, p.ServiceRadiusMiles, p.WillingToTravel,
        p.WillingToRelocate, p.PayMin, p.PayMax, p.PayType, p.PayText, p.PreferredRoles, p.PreferredLocations, p.JobTypes,
        p.Discoverable, p.NotificationChannel, p.Version, Utc(p.UpdatedAt));

    public static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
