using Marketplace.Gateway.Routing;
using Microsoft.Extensions.Configuration;

namespace Marketplace.Gateway.Tests.Unit;

public sealed class GatewayProxyConfigTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();

    [Test]
    public void Service_without_an_address_gets_no_routes_and_is_reported()
    {
        var (routes, clusters, unrouted) = GatewayProxyConfig.Build(Configuration(("services:listings:http:0", "http://127.0.0.1:5001")));

        Assert.Multiple(() =>
        {
            Assert.That(clusters.Select(c => c.ClusterId), Is.EqualTo(new[] { "listings" }));
            Assert.That(routes.Select(r => r.ClusterId), Is.All.EqualTo("listings"));
            Assert.That(unrouted, Is.EquivalentTo(ServiceRouteTable.PrefixesByService.Keys.Where(k => k != "listings")));
        });
    }

    [Test]
    public void Service_is_addressed_by_its_name_for_service_discovery_to_resolve()
    {
        var (_, clusters, _) = GatewayProxyConfig.Build(Configuration(("services:listings:http:0", "http://127.0.0.1:5001")));

        Assert.That(clusters.Single().Destinations!.Values.Single().Address, Is.EqualTo("http://listings"));
    }

    [Test]
    public void Https_is_used_when_there_is_no_http_address()
    {
        var (_, clusters, _) = GatewayProxyConfig.Build(Configuration(("services:matching:https:0", "https://127.0.0.1:5443")));

        Assert.That(clusters.Single().Destinations!.Values.Single().Address, Is.EqualTo("https://matching"));
    }

    [TestCase("not a uri")]
    [TestCase("ftp://127.0.0.1:21")]
    public void Unusable_address_counts_as_missing(string address)
    {
        var (routes, _, unrouted) = GatewayProxyConfig.Build(Configuration(("services:listings:http:0", address)));

        Assert.Multiple(() =>
        {
            Assert.That(routes, Is.Empty);
            Assert.That(unrouted, Does.Contain("listings"));
        });
    }

    [Test]
    public void Only_the_listed_routes_are_anonymous_and_they_are_tried_first()
    {
        var configuration = Configuration(ServiceRouteTable.PrefixesByService.Keys
            .Select(k => ($"services:{k}:http:0", "http://127.0.0.1:5000")).ToArray());

        var (routes, _, _) = GatewayProxyConfig.Build(configuration);

        var anonymousApiRoutes = routes
            .Where(r => r.AuthorizationPolicy == "Anonymous" && r.Match.Path!.StartsWith("/api/", StringComparison.Ordinal))
            .Select(r => $"{string.Join(",", r.Match.Methods ?? ["*"])} {r.Match.Path}");
        Assert.Multiple(() =>
        {
            Assert.That(anonymousApiRoutes, Is.EquivalentTo(new[]
            {
                "GET /api/v1/jobs", "GET /api/v1/jobs/{id:guid}", "GET /api/v1/contracts/{**rest}",
                "GET /api/v1/market/{**rest}", "* /api/v1/scraper/queue/{**rest}",
            }));
            Assert.That(
                routes.Where(r => r.AuthorizationPolicy == "Anonymous").Max(r => r.Order ?? 0),
                Is.LessThan(routes.Where(r => r.AuthorizationPolicy == "Default").Min(r => r.Order ?? 0)));
        });
    }

    [Test]
    public void Scraper_batch_and_import_routes_accept_the_services_256_mb_and_others_keep_the_default()
    {
        var configuration = Configuration(ServiceRouteTable.PrefixesByService.Keys
            .Select(k => ($"services:{k}:http:0", "http://127.0.0.1:5000")).ToArray());

        var (routes, _, _) = GatewayProxyConfig.Build(configuration);

        var large = routes.Where(r => r.MaxRequestBodySize is not null).ToDictionary(r => r.Match.Path!, r => r.MaxRequestBodySize);
        Assert.That(large, Is.EquivalentTo(new Dictionary<string, long?>
        {
            ["/api/v1/scraper/queue/{**rest}"] = 256L * 1024 * 1024,
            ["/api/v1/scraper/imports/{**rest}"] = 256L * 1024 * 1024,
        }));
    }
}
