namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>The documented bounds of the API (answered 400 naming the field beyond them).</summary>
public static class Limits
{
    public const double MaxBroadcastRadiusMiles = 100;
    public const double MaxEscalationRadiusMiles = 250;
    public const double MaxServiceRadiusMiles = 250;
    public const decimal MaxRate = 100_000m;
    public const int MaxFirstWaveSize = 10_000;
    public const int MaxListItems = 50;
    public const int MaxItemLength = 100;
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(7);
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(8);
}
