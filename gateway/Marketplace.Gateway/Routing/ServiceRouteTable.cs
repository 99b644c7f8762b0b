namespace Marketplace.Gateway.Routing;

/// <summary>
/// The public route table: which service owns which /api/v1 prefix, and the few routes open to anonymous
/// callers (ADR 0020). A request for a path in no prefix is 404 at the gateway, never forwarded.
/// </summary>
internal static class ServiceRouteTable
{
    public const string Listings = "listings";
    public const string Applications = "applications";
    public const string Matching = "matching";
    public const string EmergencyDispatch = "emergency-dispatch";
    public const string ScraperIngest = "scraper-ingest";
    public const string MarketAnalytics = "market-analytics";

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> PrefixesByService { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [Listings] = ["/api/v1/jobs", "/api/v1/saved-jobs", "/api/v1/job-alerts", "/api/v1/contracts"],
            [Applications] = ["/api/v1/applications", "/api/v1/interviews", "/api/v1/offers", "/api/v1/tracker"],
            [Matching] = ["/api/v1/candidates", "/api/v1/matches", "/api/v1/roles", "/api/v1/profiles", "/api/v1/recommendations"],
            [EmergencyDispatch] = ["/api/v1/emergency-jobs"],
            [ScraperIngest] = ["/api/v1/scraper"],
            [MarketAnalytics] = ["/api/v1/market"],
        };

    private static readonly string[] Get = [HttpMethods.Get];

    // Anonymous visitors browse global listings, contract opportunities and market data; scrapers present an
    // X-Api-Key that only ScraperIngest can check. These are tried before the catch-alls below (route order), and
    // a method an anonymous route lacks (POST /api/v1/jobs) falls through to the protected catch-all.
    private static readonly ServiceRoute[] AnonymousRoutes =
    [
        new(Listings, "/api/v1/jobs", Get, Anonymous: true),
        new(Listings, "/api/v1/jobs/{id:guid}", Get, Anonymous: true),
        new(Listings, "/api/v1/contracts/{**rest}", Get, Anonymous: true),
        new(MarketAnalytics, "/api/v1/market/{**rest}", Get, Anonymous: true),
        new(ScraperIngest, "/api/v1/scraper/queue/{**rest}", [], Anonymous: true, MaxRequestBodySize: ScraperBodyLimit),
    ];

    // Scraper batches and admin uploads are accepted up to 256 MB by Scraper-Ingest; the gateway allows the same.
    private const long ScraperBodyLimit = 256L * 1024 * 1024;

    private static readonly ServiceRoute[] LargeBodyRoutes =
    [
        new(ScraperIngest, "/api/v1/scraper/imports/{**rest}", [], Anonymous: false, MaxRequestBodySize: ScraperBodyLimit),
    ];

    // Applications owns these paths inside Listings' /api/v1/jobs prefix (issue 10). Each is more specific than
    // Listings' catch-all /api/v1/jobs/{**rest} at the same order, so ASP.NET Core's route precedence picks it: a
    // literal or {parameter} segment outranks {**rest}. None can match the anonymous GET /api/v1/jobs/{id:guid}.
    private static readonly ServiceRoute[] ApplicationsInJobsRoutes =
    [
        new(Applications, "/api/v1/jobs/{job_id}/apply", [], Anonymous: false),
        new(Applications, "/api/v1/jobs/{job_id}/applications", [], Anonymous: false),
        new(Applications, "/api/v1/jobs/applications/{**rest}", [], Anonymous: false),
        new(Applications, "/api/v1/jobs/my-applications", [], Anonymous: false),
        new(Applications, "/api/v1/jobs/my-applications/{**rest}", [], Anonymous: false),
    ];

    // Routes under another service's prefix: more literal segments than the owner's catch-all, so routing precedence
    // sends /api/v1/jobs/{job_id}/matches to Matching while every other /api/v1/jobs path stays with Listings.
    private static readonly ServiceRoute[] NestedRoutes =
    [
        new(Matching, "/api/v1/jobs/{jobId}/matches/{**rest}", [], Anonymous: false),
    ];

    public static IReadOnlyList<ServiceRoute> Routes { get; } =
    [
        .. AnonymousRoutes,
        .. ApplicationsInJobsRoutes,
        .. LargeBodyRoutes,
        .. NestedRoutes,
        .. PrefixesByService.SelectMany(p => p.Value.Select(prefix => new ServiceRoute(p.Key, prefix + "/{**rest}", [], Anonymous: false))),
    ];
}
