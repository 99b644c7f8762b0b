namespace Marketplace.ScraperIngest.Api.Queue;

public sealed class ScrapeSession
{
    public Guid Id { get; init; }

    public Guid RoleId { get; init; }

    public string RoleName { get; init; } = "";

    public Guid ScraperKeyId { get; init; }

    public string Status { get; init; } = "";

    public DateTimeOffset StartedAt { get; init; }
}
