using Dapper;
using Npgsql;

namespace Marketplace.ScraperIngest.Api.Keys;

/// <summary>
/// X-Api-Key authentication for the scraper queue (the gateway lets these routes through without a JWT).
/// One statement looks the hash up among active keys and counts the use, so a missing, unknown or revoked
/// key answers 401 and is never counted.
/// </summary>
public sealed class ScraperKeyFilter(NpgsqlDataSource dataSource) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var presented = http.Request.Headers[HeaderName].ToString();
        if (string.IsNullOrWhiteSpace(presented))
        {
            return Unauthorized(http, "An X-Api-Key header is required.");
        }

        await using var connection = await dataSource.OpenConnectionAsync(http.RequestAborted);
        var keyId = await connection.ExecuteScalarAsync<Guid?>("""
            update scraper_keys
            set request_count = request_count + 1, last_used_at = now()
            where key_hash = @Hash and active
            returning id
            """, new { Hash = ApiKeyHasher.Hash(presented.Trim()) });
        if (keyId is null)
        {
            return Unauthorized(http, "The API key is unknown or revoked.");
        }

        http.Items[ScraperKey.ItemKey] = new ScraperKey(keyId.Value);
        return await next(context);
    }

    private static IResult Unauthorized(HttpContext http, string detail)
    {
        http.Response.Headers.WWWAuthenticate = "ApiKey header=\"X-Api-Key\"";
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
    }
}
