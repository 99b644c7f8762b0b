namespace Marketplace.EmergencyDispatch.Api.Apis;

/// <summary>Fill rate and median times over the caller's organization's jobs, overall or for one region.</summary>
public sealed class DispatchMetrics
{
    public string? Region { get; init; }
    public long JobsPosted { get; init; }
    public long JobsFilled { get; init; }
    public long JobsOpen { get; init; }
    public long JobsExpired { get; init; }
    public long JobsCancelled { get; init; }
    public double? FillRate { get; init; }
    public double? MedianTimeToFillSeconds { get; init; }
    public double? MedianTimeToFirstResponseSeconds { get; init; }
    public long NotificationsSent { get; init; }
    public long Responses { get; init; }
}
