namespace Marketplace.ScraperIngest.Api.Import;

/// <summary>
/// Rows after parsing: the postings to write (one per dedup key, the last occurrence winning), the rows that were
/// repeats of a later row in the same request (counted as skipped), and the rows that failed with their reasons.
/// </summary>
public sealed record ParsedBatch(int Total, IReadOnlyList<ParsedPosting> Postings, int Repeats, IReadOnlyList<RowError> Errors)
{
    public bool NothingUsable => Total > 0 && Postings.Count == 0;
}
