using System.Text.Json;
using Marketplace.EmergencyDispatch.Api.Domain;

namespace Marketplace.EmergencyDispatch.Api.Data;

/// <summary>A row of technician_availability (Dapper maps snake_case columns onto these init properties).</summary>
public sealed class TechnicianRow
{
    public Guid UserId { get; init; }
    public Guid? OrganizationId { get; init; }
    public string? Region { get; init; }
    public string[] NetworkIds { get; init; } = [];
    public bool Verified { get; init; }
    public bool AvailableForEmergency { get; init; }
    public bool AvailableForTemp { get; init; }
    public bool AvailableForSubcontract { get; init; }
    public string[] AvailableDays { get; init; } = [];
    public TimeOnly? AvailableHoursStart { get; init; }
    public TimeOnly? AvailableHoursEnd { get; init; }
    public string Timezone { get; init; } = "UTC";
    public double ServiceRadiusMiles { get; init; }
    public double HomeLatitude { get; init; }
    public double HomeLongitude { get; init; }
    public string? PostalCode { get; init; }
    public bool WillingToTravel { get; init; }
    public decimal? MinHourlyRate { get; init; }
    public decimal? MinDailyRate { get; init; }
    public string Currency { get; init; } = "USD";
    public string[] Trades { get; init; } = [];
    public string[] Skills { get; init; } = [];
    public string Certifications { get; init; } = "[]";
    public string[] EquipmentExperience { get; init; } = [];
    public string[] Manufacturers { get; init; } = [];
    public bool NotifyEmergency { get; init; }
    public bool NotifyTemp { get; init; }
    public bool NotifySubcontract { get; init; }
    public string NotificationMethod { get; init; } = "push";
    public bool IsActive { get; init; }
    public DateTimeOffset? LastNotifiedAt { get; init; }
    public int NotificationsReceived { get; init; }
    public int ResponsesCount { get; init; }
    public double TotalResponseSeconds { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public IReadOnlyList<Certification> CertificationList() =>
        JsonSerializer.Deserialize<List<Certification>>(Certifications, CertificationJson.Options) ?? [];

    /// <summary>Share of notices answered (available or not); null before the first notice.</summary>
    public double? ResponseRate => NotificationsReceived == 0 ? null : Math.Min(1, (double)ResponsesCount / NotificationsReceived);

    public double? AverageResponseSeconds => ResponsesCount == 0 ? null : TotalResponseSeconds / ResponsesCount;
}
