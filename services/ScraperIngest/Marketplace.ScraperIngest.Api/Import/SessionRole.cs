namespace Marketplace.ScraperIngest.Api.Import;

public sealed record SessionRole(Guid Id, string Name);
