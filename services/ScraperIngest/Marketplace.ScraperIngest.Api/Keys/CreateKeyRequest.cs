namespace Marketplace.ScraperIngest.Api.Keys;

public sealed record CreateKeyRequest(string? Name);
