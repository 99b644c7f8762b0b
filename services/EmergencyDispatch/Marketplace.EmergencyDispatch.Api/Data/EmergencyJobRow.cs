namespace Marketplace.EmergencyDispatch.Api.Data;

/// <summary>A row of emergency_jobs.</summary>
public sealed class EmergencyJobRow
{
    public Guid Id { get; init; }
    public Guid OrganizationId { get; init; }
    public Guid PostedBy { get; init; }
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public string JobCategory { get; init; } = "";
    public string? SiteName { get; init; }
    public string? Address { get; init; }
    public string? City { get; init; }
    public string? StateProvince { get; init; }
    public string? Country { get; init; }
    public string? PostalCode { get; init; }
    public double Latitude { get; init; }
    public double Longitude { get; init; }
    public string? Region { get; init; }
    public DateOnly DateNeeded { get; init; }
    public TimeOnly? TimeStart { get; init; }
    public TimeOnly? TimeEnd { get; init; }
    public decimal? EstimatedHours { get; init; }
    public string[] RequiredSkills { get; init; } = [];
    public string[] RequiredCertifications { get; init; } = [];
    public string? EquipmentContext { get; init; }
    public decimal PayRate { get; init; }
    public string PayType { get; init; } = "";
    public string Currency { get; init; } = "";
    public decimal? OvertimeRate { get; init; }
    public double BroadcastRadiusMiles { get; init; }
    public string Visibility { get; init; } = "";
    public string[] NetworkIds { get; init; } = [];
    public bool FirstAccept { get; init; }
    public int? FirstWaveSize { get; init; }
    public double MaxRadiusMiles { get; init; }
    public int CurrentWave { get; init; }
    public double CurrentRadiusMiles { get; init; }
    public DateTimeOffset? NextWaveAt { get; init; }
    public string Status { get; init; } = "";
    public DateTimeOffset PostedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public int NotificationsSent { get; init; }
    public int ResponsesCount { get; init; }
    public DateTimeOffset? FirstResponseAt { get; init; }
    public Guid? AssignedTechnicianId { get; init; }
    public DateTimeOffset? FilledAt { get; init; }
    public DateTimeOffset? CancelledAt { get; init; }
    public string? CancelReason { get; init; }
    public DateTimeOffset? ExpiredAt { get; init; }

    /// <summary>Only set by the "near me" query.</summary>
    public double? DistanceMiles { get; init; }
}
