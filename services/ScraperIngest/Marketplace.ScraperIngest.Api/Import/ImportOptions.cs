namespace Marketplace.ScraperIngest.Api.Import;

/// <summary>"Import" configuration.</summary>
public sealed class ImportOptions
{
    /// <summary>
    /// Platforms whose job ids change between scrapes (JobSpy's Google results are hashed per query), so they are
    /// deduplicated on the normalized job URL instead of (platform, id).
    /// </summary>
    public string[] UnstableIdPlatforms { get; set; } = ["google"];

    /// <summary>Rows per INSERT statement (one round trip each, all in the request's transaction).</summary>
    public int ChunkSize { get; set; } = 2000;

    /// <summary>Rows a single request or upload may carry.</summary>
    public int MaxRowsPerRequest { get; set; } = 20_000;
}
