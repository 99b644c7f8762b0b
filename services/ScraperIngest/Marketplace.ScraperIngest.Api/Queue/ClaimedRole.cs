namespace Marketplace.ScraperIngest.Api.Queue;

/// <summary>What a scraper gets from next-role: the role to search for, the aliases to search with, and its session.</summary>
public sealed class ClaimedRole
{
    public Guid SessionId { get; init; }

    public Guid RoleId { get; init; }

    public string Name { get; init; } = "";

    public string[] Aliases { get; init; } = [];

    public string? Category { get; init; }

    public string Priority { get; init; } = "";

    public int CandidateCount { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }
}
