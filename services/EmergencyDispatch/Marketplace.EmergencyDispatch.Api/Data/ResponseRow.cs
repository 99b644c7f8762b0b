namespace Marketplace.EmergencyDispatch.Api.Data;

/// <summary>A technician's answer to a notice.</summary>
public sealed class ResponseRow
{
    public Guid TechnicianUserId { get; init; }
    public bool Available { get; init; }
    public int? EtaMinutes { get; init; }
    public string? Message { get; init; }
    public DateTimeOffset RespondedAt { get; init; }
    public double ResponseSeconds { get; init; }

    /// <summary>From the technician's notice: how many of their manufacturers and equipment the job names.</summary>
    public int EquipmentMatch { get; init; }
}
