namespace Marketplace.ScraperIngest.Api.Import;

/// <summary>The answer to a scraper's POST of its results (issue 4).</summary>
public sealed record SessionResults(
    Guid SessionId,
    Guid ImportBatchId,
    SessionRole Role,
    int JobsFound,
    int JobsImported,
    int JobsUpdated,
    int JobsSkipped,
    IReadOnlyList<RowError> Errors,
    double DurationSeconds);
