using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.Gateway.DevTokens;

/// <summary>Field errors for a token request; malformed UUIDs and types are already 400 at binding.</summary>
internal static class DevTokenRequestValidator
{
    private const int MaxClaimLength = 100;

    public static Dictionary<string, string[]> Validate(DevTokenRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.Sub is null || request.Sub == Guid.Empty)
        {
            errors["sub"] = ["A user id (a non-empty UUID) is required."];
        }

        if (request.OrgId == Guid.Empty)
        {
            errors["org_id"] = ["The organization id must be a non-empty UUID."];
        }

        var unknownRoles = (request.Roles ?? []).Where(r => !MarketplaceRoles.All.Contains(r)).ToList();
        if (unknownRoles.Count > 0)
        {
            errors["roles"] = [$"Unknown roles: {string.Join(", ", unknownRoles)}. Known roles: {string.Join(", ", MarketplaceRoles.All)}."];
        }

        CheckValues(errors, "network_ids", request.NetworkIds);
        CheckValues(errors, "trades", request.Trades);
        if (request.Region is { } region && (string.IsNullOrWhiteSpace(region) || region.Length > MaxClaimLength))
        {
            errors["region"] = [$"The region must be 1 to {MaxClaimLength} characters."];
        }

        return errors;
    }

    private static void CheckValues(Dictionary<string, string[]> errors, string field, IReadOnlyList<string>? values)
    {
        if ((values ?? []).Any(v => string.IsNullOrWhiteSpace(v) || v.Length > MaxClaimLength || v.Contains(' ') || v.Contains(',')))
        {
            // Caller reads space- or comma-separated claim values as lists, so a value may contain neither.
            errors[field] = [$"Each value must be 1 to {MaxClaimLength} characters without spaces or commas."];
        }
    }
}
