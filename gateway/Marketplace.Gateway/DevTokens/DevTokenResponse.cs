namespace Marketplace.Gateway.DevTokens;

/// <summary>An OAuth-style token answer, so clients written against a real provider read it unchanged.</summary>
public sealed record DevTokenResponse(string AccessToken, string TokenType, int ExpiresIn);
