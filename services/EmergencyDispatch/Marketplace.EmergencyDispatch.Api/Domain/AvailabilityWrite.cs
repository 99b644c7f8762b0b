namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>A validated availability, ready to store (location resolved, names normalized).</summary>
public sealed record AvailabilityWrite(
    bool AvailableForEmergency,
    bool AvailableForTemp,
    bool AvailableForSubcontract,
    string[] AvailableDays,
    TimeSpan? AvailableHoursStart,
    TimeSpan? AvailableHoursEnd,
    string Timezone,
    double ServiceRadiusMiles,
    double HomeLatitude,
    double HomeLongitude,
    string? PostalCode,
    bool WillingToTravel,
    decimal? MinHourlyRate,
    decimal? MinDailyRate,
    string Currency,
    string[] Trades,
    string[] Skills,
    string CertificationsJson,
    string[] EquipmentExperience,
    string[] Manufacturers,
    bool NotifyEmergency,
    bool NotifyTemp,
    bool NotifySubcontract,
    string NotificationMethod,
    bool IsActive);
