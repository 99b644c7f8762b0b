namespace Marketplace.Web.Api.Emergency;

/// <summary>A technician's availability profile (GET and PUT availability/me), with their response metrics.</summary>
public sealed record Availability(
    bool AvailableForEmergency,
    bool AvailableForTemp,
    bool AvailableForSubcontract,
    IReadOnlyList<string> AvailableDays,
    string? AvailableHoursStart,
    string? AvailableHoursEnd,
    string Timezone,
    double ServiceRadiusMiles,
    double HomeLatitude,
    double HomeLongitude,
    string? PostalCode,
    bool WillingToTravel,
    decimal? MinHourlyRate,
    decimal? MinDailyRate,
    string Currency,
    IReadOnlyList<string> Trades,
    IReadOnlyList<string> Skills,
    bool NotifyEmergency,
    string NotificationMethod,
    bool IsActive,
    int NotificationsReceived,
    int ResponsesCount,
    double? ResponseRate,
    double? AverageResponseSeconds);
