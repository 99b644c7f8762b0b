namespace Marketplace.ScraperIngest.Api.Import;

/// <summary>Who brought a batch of postings: the scraper key and session (scraper posts) or the uploading admin, and the batch.</summary>
public sealed record Provenance(Guid BatchId, Guid? ScraperKeyId, Guid? SessionId, Guid? RoleId, string? RoleName);
