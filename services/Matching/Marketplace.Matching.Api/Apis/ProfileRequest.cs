namespace Marketplace.Matching.Api.Apis;

/// <summary>
/// A job seeker's own profile (PUT /api/v1/profiles/me replaces it). Location is a city/state/postal code (geocoded
/// offline) or latitude/longitude. Expected pay is a range with its type, or free text ("$45–55/hr", "$150K - $180K").
/// </summary>
public sealed record ProfileRequest(
    string? CurrentTitle,
    string? Summary,
    IReadOnlyList<string?>? Skills,
    IReadOnlyList<CertificationRequest?>? Certifications,
    IReadOnlyList<string?>? Licenses,
    IReadOnlyList<string?>? Manufacturers,
    IReadOnlyList<string?>? Equipment,
    decimal? YearsExperience,
    string? City,
    string? StateProvince,
    string? Country,
    string? PostalCode,
    double? Latitude,
    double? Longitude,
    int? ServiceRadiusMiles,
    bool? WillingToTravel,
    bool? WillingToRelocate,
    decimal? ExpectedPayMin,
    decimal? ExpectedPayMax,
    string? ExpectedPayType,
    string? ExpectedPayText,
    IReadOnlyList<string?>? PreferredRoles,
    IReadOnlyList<string?>? PreferredLocations,
    IReadOnlyList<string?>? JobTypes,
    bool? Discoverable,
    string? NotificationChannel);
