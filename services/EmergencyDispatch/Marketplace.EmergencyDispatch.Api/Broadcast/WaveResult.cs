namespace Marketplace.EmergencyDispatch.Api.Broadcast;

/// <summary>Who a wave told (in rank order), and when the next one is due (null: no further wave).</summary>
public sealed record WaveResult(int Wave, double RadiusMiles, IReadOnlyList<Guid> Notified, DateTimeOffset? NextWaveAt);
