namespace Marketplace.ScraperIngest.Api.Domain;

/// <summary>
/// A canonical form of a job URL for deduplication: lower-case scheme and host, no "www.", no fragment, no
/// trailing slash, and no tracking parameters (utm_*, trk, refId, ...), the rest of the query sorted. Query
/// parameters that identify the job (Indeed's jk) are kept.
/// </summary>
public static class UrlNormalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "trk", "trackingid", "refid", "ref", "src", "source", "from", "position", "pageNum", "originalSubdomain", "gclid", "fbclid",
    };

    public static bool TryParse(string? text, out Uri uri)
    {
        uri = null!;
        if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var parsed))
        {
            return false;
        }

        if (parsed.Scheme is not ("http" or "https") || !parsed.Host.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        uri = parsed;
        return true;
    }

    public static string Normalize(Uri uri)
    {
        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        var query = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p))
            .Order(StringComparer.Ordinal);
        var path = uri.AbsolutePath.TrimEnd('/');
        var joined = string.Join('&', query);
        return joined.Length == 0 ? $"{host}{path}" : $"{host}{path}?{joined}";
    }

    private static bool IsTracking(string parameter)
    {
        var name = parameter.Split('=', 2)[0];
        return name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
    }
}
