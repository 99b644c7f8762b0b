using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Marketplace.ServiceDefaults.Identity;

public static class AuthenticationExtensions
{
    /// <summary>JWT bearer validation with the claims of ARCHITECTURE §4, the same in the gateway and every service.</summary>
    public static IHostApplicationBuilder AddMarketplaceAuthentication(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("Jwt").Get<JwtSettings>() ?? new JwtSettings();
        DevelopmentKeyPolicy.EnsureAcceptable(settings, builder.Environment);
        builder.Services.AddSingleton(settings);
        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = settings.Issuer,
                    ValidAudience = settings.Audience,
                    NameClaimType = MarketplaceClaims.Subject,
                    RoleClaimType = MarketplaceClaims.Roles,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                // A token without a subject identifies nobody: 401, never a handler meeting a caller without an id.
                options.Events = new JwtBearerEvents
                {
                    OnTokenValidated = context =>
                    {
                        if (string.IsNullOrWhiteSpace(context.Principal?.FindFirst(MarketplaceClaims.Subject)?.Value))
                        {
                            context.Fail("The token has no subject (sub).");
                        }

                        return Task.CompletedTask;
                    },
                };
                if (settings.Authority is { } authority)
                {
                    options.Authority = authority;
                    options.Audience = settings.Audience;
                }
                else
                {
                    options.TokenValidationParameters.IssuerSigningKey = DevelopmentTokens.SigningKey(settings.SigningKey);
                }
            });
        builder.Services.AddAuthorization();
        return builder;
    }
}
