using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Marketplace.ServiceDefaults.Identity;
using Microsoft.IdentityModel.Tokens;

namespace Marketplace.Gateway.Tests.Infrastructure;

/// <summary>A correctly signed token whose lifetime ended minutes ago (beyond the 30 s clock skew).</summary>
public static class ExpiredTokens
{
    public static string Create(Guid sub)
    {
        var settings = new JwtSettings();
        var now = DateTime.UtcNow;
        var token = new JwtSecurityToken(
            settings.Issuer,
            settings.Audience,
            [new Claim(MarketplaceClaims.Subject, sub.ToString())],
            notBefore: now.AddHours(-1),
            expires: now.AddMinutes(-5),
            signingCredentials: new SigningCredentials(DevelopmentTokens.SigningKey(settings.SigningKey), SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
