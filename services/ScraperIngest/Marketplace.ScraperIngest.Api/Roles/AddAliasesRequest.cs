namespace Marketplace.ScraperIngest.Api.Roles;

public sealed record AddAliasesRequest(IReadOnlyList<string>? Aliases);
