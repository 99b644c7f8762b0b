namespace Marketplace.EmergencyDispatch.Api.Extensions;

/// <summary>"Dispatch" configuration.</summary>
public sealed class DispatchOptions
{
    /// <summary>Prefix of every Redis key and channel this service uses (tests give each fixture its own).</summary>
    public string RedisPrefix { get; set; } = "dispatch";

    /// <summary>Time between escalation waves of a tiered job.</summary>
    public TimeSpan WaveInterval { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>How often the workers look for due waves and expired jobs.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Messages queued for one WebSocket before it is closed as too slow.</summary>
    public int ConnectionQueueLimit { get; set; } = 256;
}
