namespace Marketplace.Web.Api.Emergency;

/// <summary>PUT availability/me: the whole profile. The home is a US postal code the service geocodes.</summary>
public sealed record AvailabilityUpdate(
    bool AvailableForEmergency,
    IReadOnlyList<string> AvailableDays,
    string? AvailableHoursStart,
    string? AvailableHoursEnd,
    string? Timezone,
    double? ServiceRadiusMiles,
    string? PostalCode,
    decimal? MinHourlyRate,
    string Currency,
    IReadOnlyList<string> Trades,
    IReadOnlyList<string> Skills,
    bool NotifyEmergency,
    string NotificationMethod,
    bool IsActive);
