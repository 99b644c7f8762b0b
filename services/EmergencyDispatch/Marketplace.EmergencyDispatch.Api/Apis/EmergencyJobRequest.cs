namespace Marketplace.EmergencyDispatch.Api.Apis;

/// <summary>
/// POST /api/v1/emergency-jobs. The site is latitude/longitude, or a US postal_code (or city and state_province) that
/// is geocoded. Times of day are the site's local times ("07:30"). broadcast_radius_miles is at most 100.
/// </summary>
public sealed record EmergencyJobRequest(
    string? Title,
    string? Description,
    string? JobCategory,
    string? SiteName,
    string? Address,
    string? City,
    string? StateProvince,
    string? Country,
    string? PostalCode,
    double? Latitude,
    double? Longitude,
    DateOnly? DateNeeded,
    string? TimeStart,
    string? TimeEnd,
    decimal? EstimatedHours,
    IReadOnlyList<string?>? RequiredSkills,
    IReadOnlyList<string?>? RequiredCertifications,
    string? EquipmentContext,
    decimal? PayRate,
    string? PayType,
    string? Currency,
    decimal? OvertimeRate,
    double? BroadcastRadiusMiles,
    string? Visibility,
    string? Region,
    DateTimeOffset? ExpiresAt,
    bool? FirstAccept,
    EscalationInput? Escalation);
