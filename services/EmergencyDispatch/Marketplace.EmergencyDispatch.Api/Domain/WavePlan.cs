namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>
/// Tiered escalation. Without a first-wave size a job is a plain broadcast: one wave, everyone qualified within its
/// broadcast radius. With one, wave 1 tells the best <c>first_wave_size</c> within the broadcast radius; each later
/// wave (one per configured interval, while nobody has answered available) doubles the count and widens the radius by
/// half, up to the job's maximum radius. The wave that reaches the maximum radius with room to spare is the last.
/// </summary>
public static class WavePlan
{
    public static double Radius(int wave, double broadcastRadius, double maxRadius) =>
        Math.Min(maxRadius, broadcastRadius * Math.Pow(1.5, wave - 1));

    public static int? SizeLimit(int wave, int? firstWaveSize) =>
        firstWaveSize is { } size ? (int)Math.Min(100_000, (long)size << Math.Min(wave - 1, 20)) : null;

    /// <summary>Whether another wave may follow this one.</summary>
    public static bool HasNext(int wave, double broadcastRadius, double maxRadius, int? firstWaveSize, bool limitReached) =>
        firstWaveSize is not null && (Radius(wave, broadcastRadius, maxRadius) < maxRadius || limitReached);
}
