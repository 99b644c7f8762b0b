namespace Marketplace.ScraperIngest.Api.Roles;

public sealed class ScrapeRole
{
    public Guid Id { get; init; }

    public string Name { get; init; } = "";

    public string[] Aliases { get; init; } = [];

    public string? Category { get; init; }

    public int CandidateCount { get; init; }

    public string QueueStatus { get; init; } = "";

    public string Priority { get; init; } = "";

    public DateTimeOffset? LastScrapedAt { get; init; }

    public long TotalJobsScraped { get; init; }
}
