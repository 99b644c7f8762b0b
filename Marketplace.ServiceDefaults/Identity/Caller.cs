using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Marketplace.ServiceDefaults.Identity;

/// <summary>
/// Who is asking, read once from the validated token. Handlers take it as a parameter and pass it to the
/// queries that enforce visibility and ownership; an anonymous caller has no user and no organization.
/// </summary>
public sealed record Caller(
    Guid? UserId,
    Guid? OrganizationId,
    IReadOnlySet<string> Roles,
    IReadOnlyList<string> NetworkIds,
    string? Region,
    IReadOnlyList<string> Trades,
    bool Verified)
{
    public static Caller Anonymous { get; } = new(null, null, new HashSet<string>(), [], null, [], false);

    public bool IsAuthenticated => UserId is not null;

    public bool HasRole(string role) => Roles.Contains(role);

    public static Caller From(ClaimsPrincipal principal)
    {
        var subject = principal.FindFirstValue(MarketplaceClaims.Subject);
        if (principal.Identity?.IsAuthenticated != true || string.IsNullOrWhiteSpace(subject))
        {
            return Anonymous;
        }

        var issuer = principal.FindFirstValue("iss") ?? "";
        var organization = principal.FindFirstValue(MarketplaceClaims.OrganizationId);
        return new Caller(
            ExternalId.ToGuid(issuer, subject),
            string.IsNullOrWhiteSpace(organization) ? null : ExternalId.ToGuid(issuer, organization),
            Values(principal, MarketplaceClaims.Roles).ToHashSet(StringComparer.Ordinal),
            Values(principal, MarketplaceClaims.NetworkIds),
            principal.FindFirstValue(MarketplaceClaims.Region),
            Values(principal, MarketplaceClaims.Trades),
            bool.TryParse(principal.FindFirstValue(MarketplaceClaims.Verified), out var verified) && verified);
    }

    /// <summary>Lets a minimal API handler declare <c>Caller caller</c> as a parameter.</summary>
    public static ValueTask<Caller?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<Caller?>(From(context.User));

    // A JSON array claim arrives as one claim per element; a space- or comma-separated string is also accepted.
    private static List<string> Values(ClaimsPrincipal principal, string type) =>
        principal.FindAll(type)
            .SelectMany(c => c.Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
