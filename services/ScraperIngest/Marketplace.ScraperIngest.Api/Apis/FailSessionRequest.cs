namespace Marketplace.ScraperIngest.Api.Apis;

public sealed record FailSessionRequest(string? ErrorMessage);
