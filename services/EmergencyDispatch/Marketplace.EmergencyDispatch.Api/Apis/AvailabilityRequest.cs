namespace Marketplace.EmergencyDispatch.Api.Apis;

/// <summary>
/// PUT availability/me: the whole record. The home location is home_latitude/home_longitude, or a US postal_code
/// that is geocoded; hours are in the technician's own IANA timezone.
/// </summary>
public sealed record AvailabilityRequest(
    bool? AvailableForEmergency,
    bool? AvailableForTemp,
    bool? AvailableForSubcontract,
    IReadOnlyList<string?>? AvailableDays,
    string? AvailableHoursStart,
    string? AvailableHoursEnd,
    string? Timezone,
    double? ServiceRadiusMiles,
    double? HomeLatitude,
    double? HomeLongitude,
    string? PostalCode,
    bool? WillingToTravel,
    decimal? MinHourlyRate,
    decimal? MinDailyRate,
    string? Currency,
    IReadOnlyList<string?>? Trades,
    IReadOnlyList<string?>? Skills,
    IReadOnlyList<CertificationInput?>? Certifications,
    IReadOnlyList<string?>? EquipmentExperience,
    IReadOnlyList<string?>? Manufacturers,
    bool? NotifyEmergency,
    bool? NotifyTemp,
    bool? NotifySubcontract,
    string? NotificationMethod,
    bool? IsActive);
