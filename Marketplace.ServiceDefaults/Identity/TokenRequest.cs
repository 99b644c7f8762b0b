namespace Marketplace.ServiceDefaults.Identity;

/// <summary>The claims of a development token, as posted to the gateway's /dev/tokens.</summary>
public sealed record TokenRequest(
    Guid Sub,
    Guid? OrgId = null,
    IReadOnlyList<string>? Roles = null,
    IReadOnlyList<string>? NetworkIds = null,
    string? Region = null,
    IReadOnlyList<string>? Trades = null,
    bool? Verified = null);
