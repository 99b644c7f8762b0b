namespace Marketplace.ScraperIngest.Api.Import;

internal sealed class ImportBatchRow
{
    public Guid Id { get; init; }

    public string Status { get; init; } = "";

    public int Total { get; init; }

    public int NewCount { get; init; }

    public int UpdatedCount { get; init; }

    public int SkippedCount { get; init; }

    public int FailedCount { get; init; }

    public string Errors { get; init; } = "[]";
}
