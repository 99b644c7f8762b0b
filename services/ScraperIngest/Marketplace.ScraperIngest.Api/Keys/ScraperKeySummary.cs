namespace Marketplace.ScraperIngest.Api.Keys;

/// <summary>A key as admins list it: never the key itself, only its usage.</summary>
public sealed class ScraperKeySummary
{
    public Guid Id { get; init; }

    public string Name { get; init; } = "";

    public bool Active { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public DateTimeOffset? LastUsedAt { get; init; }

    public long RequestCount { get; init; }
}
