namespace Marketplace.ScraperIngest.Api.Roles;

public sealed record CreateRoleRequest(string? Name, IReadOnlyList<string>? Aliases, string? Category, string? Priority);
