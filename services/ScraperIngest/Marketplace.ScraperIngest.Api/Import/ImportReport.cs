namespace Marketplace.ScraperIngest.Api.Import;

/// <summary>The outcome of importing one batch of rows.</summary>
public sealed record ImportReport(
    Guid BatchId,
    int Total,
    int New,
    int Updated,
    int Skipped,
    int Failed,
    string Status,
    IReadOnlyList<RowError> Errors);
