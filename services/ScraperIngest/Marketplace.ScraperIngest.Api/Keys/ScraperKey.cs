using System.Reflection;

namespace Marketplace.ScraperIngest.Api.Keys;

/// <summary>
/// The authenticated scraper of a request, set by <see cref="ScraperKeyFilter"/>; handlers declare
/// <c>ScraperKey scraper</c> and pass its id to the queries that enforce session ownership.
/// </summary>
public sealed record ScraperKey(Guid Id)
{
    internal const string ItemKey = "scraper_key";

    public static ValueTask<ScraperKey?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<ScraperKey?>(context.Items[ItemKey] as ScraperKey
            ?? throw new InvalidOperationException("ScraperKey is bound only on endpoints behind ScraperKeyFilter."));
}
