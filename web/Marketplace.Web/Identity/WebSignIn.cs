using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Marketplace.Web.Identity;

/// <summary>
/// Sign-in: a session cookie whose principal carries the person's gateway token. Two ways fill it, one code path
/// reads it (<see cref="AccessTokenProvider"/>): in Development, the picker mints a development token at the gateway's
/// /dev/tokens; with Authentication:Oidc:Authority configured, a real OpenID Connect provider signs the person in and
/// its access token (which the gateway validates against the same authority) is kept.
/// </summary>
internal static class WebSignIn
{
    public const string OidcScheme = "oidc";
    private static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    public static bool UsesOidc(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Authentication:Oidc:Authority"]);

    public static WebApplicationBuilder AddWebSignIn(this WebApplicationBuilder builder)
    {
        var authentication = builder.Services.AddAuthentication(options =>
        {
            options.DefaultScheme = WebClaims.Scheme;
            options.DefaultChallengeScheme = UsesOidc(builder.Configuration) ? OidcScheme : WebClaims.Scheme;
        });
        authentication.AddCookie(WebClaims.Scheme, options =>
        {
            options.Cookie.Name = ".marketplace.session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = SessionLifetime;
            options.SlidingExpiration = false; // the token inside expires; the session must not outlive it
            options.LoginPath = "/sign-in";
            options.ReturnUrlParameter = "return_url";
            options.AccessDeniedPath = "/forbidden";
        });

        if (UsesOidc(builder.Configuration))
        {
            authentication.AddOpenIdConnect(OidcScheme, options =>
            {
                builder.Configuration.GetSection("Authentication:Oidc").Bind(options);
                options.SignInScheme = WebClaims.Scheme;
                options.ResponseType = "code";
                options.SaveTokens = true;
                options.MapInboundClaims = false;
                options.TokenValidationParameters.NameClaimType = WebClaims.Name;
                options.TokenValidationParameters.RoleClaimType = Marketplace.ServiceDefaults.Identity.MarketplaceClaims.Roles;
                options.Events.OnTokenValidated = context =>
                {
                    // The gateway authorizes with the access token's claims; keep them and the token itself, as the picker does.
                    if (context.TokenEndpointResponse?.AccessToken is { } accessToken && context.Principal?.Identity is ClaimsIdentity identity)
                    {
                        var token = new JsonWebToken(accessToken);
                        identity.AddClaims(token.Claims.Where(c => !identity.HasClaim(c.Type, c.Value) && c.Type is not ("exp" or "iat" or "nbf")));
                        identity.AddClaim(new Claim(WebClaims.AccessToken, accessToken));
                    }

                    return Task.CompletedTask;
                };
            });
        }

        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    /// <summary>The session principal for a token: its claims, a display name and the token.</summary>
    public static ClaimsPrincipal PrincipalFor(string accessToken, string displayName)
    {
        var token = new JsonWebToken(accessToken);
        var claims = token.Claims.Where(c => c.Type is not ("exp" or "iat" or "nbf" or "iss" or "aud" or "jti")).ToList();
        claims.Add(new Claim(WebClaims.Name, displayName));
        claims.Add(new Claim(WebClaims.AccessToken, accessToken));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, WebClaims.Scheme, WebClaims.Name,
            Marketplace.ServiceDefaults.Identity.MarketplaceClaims.Roles));
    }

    public static AuthenticationProperties SessionProperties() => new()
    {
        IsPersistent = true,
        ExpiresUtc = DateTimeOffset.UtcNow + SessionLifetime,
    };
}
