namespace Marketplace.Contracts.ScraperIngest;

/// <summary>
/// A scraper posted its results for a role and the session closed. Counts are of the rows it sent:
/// imported (new), updated (changed since last seen), skipped (unchanged or repeated), failed (rejected rows).
/// </summary>
public sealed record ScrapeSessionCompleted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid SessionId,
    Guid RoleId,
    string RoleName,
    Guid ScraperKeyId,
    Guid ImportBatchId,
    int JobsFound,
    int JobsImported,
    int JobsUpdated,
    int JobsSkipped,
    int JobsFailed,
    DateTimeOffset StartedAt,
    DateTimeOffset CompletedAt) : IIntegrationEvent;
