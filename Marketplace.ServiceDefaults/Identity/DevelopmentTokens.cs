using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Marketplace.ServiceDefaults.Identity;

/// <summary>Signs tokens with the development key: the gateway's /dev/tokens (Development only) and tests.</summary>
public static class DevelopmentTokens
{
    public static SymmetricSecurityKey SigningKey(string key) => new(Encoding.UTF8.GetBytes(key));

    public static string Create(TokenRequest request, JwtSettings? settings = null, TimeSpan? lifetime = null)
    {
        settings ??= new JwtSettings();
        var claims = new List<Claim> { new(MarketplaceClaims.Subject, request.Sub.ToString()) };
        if (request.OrgId is { } org)
        {
            claims.Add(new Claim(MarketplaceClaims.OrganizationId, org.ToString()));
        }

        claims.AddRange((request.Roles ?? []).Select(r => new Claim(MarketplaceClaims.Roles, r)));
        claims.AddRange((request.NetworkIds ?? []).Select(n => new Claim(MarketplaceClaims.NetworkIds, n)));
        claims.AddRange((request.Trades ?? []).Select(t => new Claim(MarketplaceClaims.Trades, t)));
        if (request.Region is { } region)
        {
            claims.Add(new Claim(MarketplaceClaims.Region, region));
        }

        claims.Add(new Claim(MarketplaceClaims.Verified, (request.Verified ?? true) ? "true" : "false", ClaimValueTypes.Boolean));

        var now = DateTime.UtcNow;
        var token = new JwtSecurityToken(
            settings.Issuer,
            settings.Audience,
            claims,
            notBefore: now,
            expires: now + (lifetime ?? TimeSpan.FromHours(8)),
            signingCredentials: new SigningCredentials(SigningKey(settings.SigningKey), SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
