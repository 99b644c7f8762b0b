using System.Security.Claims;
using System.Text.Encodings.Web;
using Dapper;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Marketplace.ScraperIngest.Api.Keys;

/// <summary>
/// X-Api-Key authentication for the scraper queue (the gateway lets these routes through without a JWT). One
/// statement looks the SHA-256 hash up among active keys and counts the use, so a missing, unknown or revoked
/// key answers 401 and is never counted. Only endpoints whose policy names this scheme run it.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    NpgsqlDataSource dataSource) : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "ScraperApiKey";
    public const string HeaderName = "X-Api-Key";
    public const string KeyIdClaim = "scraper_key_id";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[HeaderName].ToString().Trim();
        if (presented.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        await using var connection = await dataSource.OpenConnectionAsync(Context.RequestAborted);
        var keyId = await connection.ExecuteScalarAsync<Guid?>("""
            update scraper_keys
            set request_count = request_count + 1, last_used_at = now()
            where key_hash = @Hash and active
            returning id
            """, new { Hash = ApiKeyHasher.Hash(presented) });
        if (keyId is null)
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }

        var identity = new ClaimsIdentity([new Claim(KeyIdClaim, keyId.Value.ToString())], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = $"ApiKey header=\"{HeaderName}\"";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }
}
