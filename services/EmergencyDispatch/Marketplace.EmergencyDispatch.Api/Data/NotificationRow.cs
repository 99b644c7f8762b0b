namespace Marketplace.EmergencyDispatch.Api.Data;

/// <summary>Who was told of a job, in which wave, at what rank and why.</summary>
public sealed class NotificationRow
{
    public Guid TechnicianUserId { get; init; }
    public int Wave { get; init; }
    public int Rank { get; init; }
    public double DistanceMiles { get; init; }
    public string Channel { get; init; } = "";
    public string Reason { get; init; } = "";
    public int EquipmentMatch { get; init; }
    public DateTimeOffset NotifiedAt { get; init; }
}
