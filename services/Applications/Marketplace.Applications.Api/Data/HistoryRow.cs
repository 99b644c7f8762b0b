namespace Marketplace.Applications.Api.Data;

/// <summary>One move in an application's history.</summary>
public sealed class HistoryRow
{
    public string? FromStatus { get; init; }
    public string ToStatus { get; init; } = "";
    public Guid? ActorUserId { get; init; }
    public string? Reason { get; init; }
    public DateTime ChangedAt { get; init; }
}
