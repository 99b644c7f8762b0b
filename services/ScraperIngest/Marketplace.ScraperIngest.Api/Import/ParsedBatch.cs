namespace Marketplace.ScraperIngest.Api.Import;

/// <summary>
/// Rows after validation: those to import in dedup-key order (one per key, the last occurrence winning), the rows
/// that were repeats of a later row in the same request (counted as skipped), and the rows that failed with their reasons.
/// </summary>
public sealed record ParsedBatch(int Total, IReadOnlyList<ValidatedRow> Rows, int Repeats, IReadOnlyList<RowError> Errors)
{
    public bool NothingUsable => Total > 0 && Rows.Count == 0;
}
