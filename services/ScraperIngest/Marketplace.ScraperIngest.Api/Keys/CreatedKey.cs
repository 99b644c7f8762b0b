namespace Marketplace.ScraperIngest.Api.Keys;

/// <summary>The only response that ever carries the plaintext key.</summary>
public sealed record CreatedKey(Guid Id, string Name, string Key);
