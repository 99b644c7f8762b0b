using System.Reflection;

namespace Marketplace.ScraperIngest.Api.Keys;

/// <summary>
/// The authenticated scraper of a request (see <see cref="ApiKeyAuthenticationHandler"/>); handlers declare
/// <c>ScraperKey scraper</c> and pass its id to the queries that enforce session ownership.
/// </summary>
public sealed record ScraperKey(Guid Id)
{
    public static ValueTask<ScraperKey?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult(Guid.TryParse(context.User.FindFirst(ApiKeyAuthenticationHandler.KeyIdClaim)?.Value, out var id)
            ? new ScraperKey(id)
            : null);
}
