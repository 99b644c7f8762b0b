using Marketplace.EmergencyDispatch.Api.Data;

namespace Marketplace.EmergencyDispatch.Api.Apis;

/// <summary>
/// An emergency job. Its owner also sees the answers, who was notified in which wave and why, and the waves;
/// a notified technician sees the job itself.
/// </summary>
public sealed record EmergencyJobResponse(
    Guid Id,
    Guid OrganizationId,
    string Title,
    string? Description,
    string JobCategory,
    string? SiteName,
    string? Address,
    string? City,
    string? StateProvince,
    string? Country,
    string? PostalCode,
    double Latitude,
    double Longitude,
    string? Region,
    DateOnly DateNeeded,
    string? TimeStart,
    string? TimeEnd,
    decimal? EstimatedHours,
    IReadOnlyList<string> RequiredSkills,
    IReadOnlyList<string> RequiredCertifications,
    string? EquipmentContext,
    decimal PayRate,
    string PayType,
    string Currency,
    decimal? OvertimeRate,
    double BroadcastRadiusMiles,
    double MaxRadiusMiles,
    int? FirstWaveSize,
    string Visibility,
    bool FirstAccept,
    string Status,
    DateTimeOffset PostedAt,
    DateTimeOffset ExpiresAt,
    int NotificationsSent,
    int ResponsesCount,
    int CurrentWave,
    double? TimeToFirstResponseSeconds,
    double? TimeToFillSeconds,
    Guid? AssignedTechnicianId,
    DateTimeOffset? FilledAt,
    DateTimeOffset? CancelledAt,
    string? CancelReason,
    DateTimeOffset? ExpiredAt,
    double? DistanceMiles,
    IReadOnlyList<ResponseView>? Responses,
    IReadOnlyList<NotificationRow>? Notifications,
    IReadOnlyList<WaveRow>? Waves)
{
    public static EmergencyJobResponse From(
        EmergencyJobRow j, IReadOnlyList<ResponseRow>? responses = null, IReadOnlyList<NotificationRow>? notifications = null,
        IReadOnlyList<WaveRow>? waves = null) => new(
        j.Id, j.OrganizationId, j.Title, j.Description, j.JobCategory, j.SiteName, j.Address, j.City, j.StateProvince, j.Country,
        j.PostalCode, j.Latitude, j.Longitude, j.Region, j.DateNeeded, Time(j.TimeStart), Time(j.TimeEnd), j.EstimatedHours,
        j.RequiredSkills, j.RequiredCertifications, j.EquipmentContext, j.PayRate, j.PayType, j.Currency, j.OvertimeRate,
        j.BroadcastRadiusMiles, j.MaxRadiusMiles, j.FirstWaveSize, j.Visibility, j.FirstAccept, j.Status, j.PostedAt, j.ExpiresAt,
        j.NotificationsSent, j.ResponsesCount, j.CurrentWave, Seconds(j.PostedAt, j.FirstResponseAt), Seconds(j.PostedAt, j.FilledAt),
        j.AssignedTechnicianId, j.FilledAt, j.CancelledAt, j.CancelReason, j.ExpiredAt,
        j.DistanceMiles is { } d ? Math.Round(d, 2) : null,
        responses?.Select(ResponseView.From).ToList(), notifications, waves);

    private static double? Seconds(DateTimeOffset from, DateTimeOffset? to) => to is { } t ? Math.Round((t - from).TotalSeconds, 3) : null;

    private static string? Time(TimeOnly? value) =>
        value is { } t ? t.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : null;
}
