namespace Marketplace.ScraperIngest.Api.Roles;

public sealed record SeedRole(string Name, string SocCode, string Category, string Priority, IReadOnlyList<string> Aliases);
