namespace Marketplace.ScraperIngest.Api.Import;

internal sealed class UpsertedPosting
{
    public Guid Id { get; init; }

    public string DedupKey { get; init; } = "";

    public bool Inserted { get; init; }

    public DateTimeOffset FirstSeenAt { get; init; }

    /// <summary>Already linked to the role that found it (new postings written by COPY).</summary>
    public bool Linked { get; init; }
}
