namespace Marketplace.Gateway.DevTokens;

/// <summary>The body of POST /dev/tokens: the claims the token should carry (snake_case on the wire).</summary>
public sealed record DevTokenRequest(
    Guid? Sub,
    Guid? OrgId,
    IReadOnlyList<string>? Roles,
    IReadOnlyList<string>? NetworkIds,
    string? Region,
    IReadOnlyList<string>? Trades,
    bool? Verified);
