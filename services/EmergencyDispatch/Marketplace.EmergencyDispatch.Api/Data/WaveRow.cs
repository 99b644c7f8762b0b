namespace Marketplace.EmergencyDispatch.Api.Data;

/// <summary>One broadcast wave of a job: how far, how many at most, how many were told.</summary>
public sealed class WaveRow
{
    public int Wave { get; init; }
    public double RadiusMiles { get; init; }
    public int? SizeLimit { get; init; }
    public int NotifiedCount { get; init; }
    public DateTimeOffset StartedAt { get; init; }
}
