using Marketplace.EmergencyDispatch.Api.Data;
using Marketplace.EmergencyDispatch.Api.Domain;

namespace Marketplace.EmergencyDispatch.Api.Apis;

/// <summary>
/// A technician's availability as they see it, with their own response metrics and the claims captured from their
/// token when they saved it (region, contractor networks, verified), which decide which jobs' broadcasts reach them.
/// </summary>
public sealed record AvailabilityResponse(
    Guid UserId,
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
    IReadOnlyList<Certification> Certifications,
    IReadOnlyList<string> EquipmentExperience,
    IReadOnlyList<string> Manufacturers,
    bool NotifyEmergency,
    bool NotifyTemp,
    bool NotifySubcontract,
    string NotificationMethod,
    bool IsActive,
    int NotificationsReceived,
    int ResponsesCount,
    double? ResponseRate,
    double? AverageResponseSeconds,
    DateTimeOffset UpdatedAt,
    string? Region,
    IReadOnlyList<string> NetworkIds,
    bool Verified)
{
    public static AvailabilityResponse From(TechnicianRow row) => new(
        row.UserId, row.AvailableForEmergency, row.AvailableForTemp, row.AvailableForSubcontract, row.AvailableDays,
        Time(row.AvailableHoursStart), Time(row.AvailableHoursEnd), row.Timezone, row.ServiceRadiusMiles,
        row.HomeLatitude, row.HomeLongitude, row.PostalCode, row.WillingToTravel, row.MinHourlyRate, row.MinDailyRate,
        row.Currency, row.Trades, row.Skills, row.CertificationList(), row.EquipmentExperience, row.Manufacturers,
        row.NotifyEmergency, row.NotifyTemp, row.NotifySubcontract, row.NotificationMethod, row.IsActive,
        row.NotificationsReceived, row.ResponsesCount, row.ResponseRate, row.AverageResponseSeconds, row.UpdatedAt,
        row.Region, row.NetworkIds, row.Verified);

    private static string? Time(TimeOnly? value) => value is { } t ? t.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : null;
}
