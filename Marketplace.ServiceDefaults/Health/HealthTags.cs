namespace Marketplace.ServiceDefaults.Health;

public static class HealthTags
{
    /// <summary>Checks that say the process itself answers (/alive); everything else is readiness (/health).</summary>
    public const string Live = "live";

    public const string Ready = "ready";
}
