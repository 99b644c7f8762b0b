namespace Marketplace.ServiceDefaults.Identity;

/// <summary>
/// "Jwt" configuration. With an <see cref="Authority"/> (any OIDC provider) keys come from its discovery
/// document; without one, tokens are checked against the development signing key, which local runs and tests use.
/// </summary>
public sealed class JwtSettings
{
    public const string DevelopmentKey = "marketplace-development-signing-key-not-for-production-use-0001";

    public string? Authority { get; init; }

    public string Issuer { get; init; } = "marketplace-dev";

    public string Audience { get; init; } = "marketplace";

    public string SigningKey { get; init; } = DevelopmentKey;
}
