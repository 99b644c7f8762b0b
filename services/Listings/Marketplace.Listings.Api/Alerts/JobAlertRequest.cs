namespace Marketplace.Listings.Api.Alerts;

/// <summary>
/// The body of POST and PUT /api/v1/job-alerts: the search criteria of GET /api/v1/jobs (same names, same rules),
/// plus skills, the frequency and the channels. Enum values are text so that a bad one is named in the 400.
/// </summary>
public sealed record JobAlertRequest(
    string? Name,
    string[]? Categories,
    string[]? JobTypes,
    string[]? ExperienceLevels,
    string? City,
    string? State,
    string? Country,
    string? PostalCode,
    double? NearLat,
    double? NearLng,
    double? RadiusMiles,
    bool? RemoteOnly,
    decimal? MinSalary,
    string[]? Skills,
    string[]? Manufacturers,
    string? Frequency,
    string[]? Channels,
    bool? Active);
