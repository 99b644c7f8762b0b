using System.Net;
using Aspire.Hosting;

namespace Marketplace.EndToEnd.Tests;

/// <summary>The topology as Aspire started it.</summary>
public sealed class TopologyTests
{
    [Test]
    public async Task Every_server_database_service_and_the_gateway_report_healthy()
    {
        var resources = TopologySetup.Topology.HealthCheckedResources;
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        foreach (var name in resources)
        {
            await TopologySetup.Topology.Application.ResourceNotifications.WaitForResourceHealthyAsync(name, limit.Token);
        }

        using var client = new HttpClient { BaseAddress = TopologySetup.Topology.GatewayUrl };
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Multiple(() =>
        {
            Assert.That(resources, Is.SupersetOf(new[]
            {
                "postgres", "listingsdb", "applicationsdb", "matchingdb", "dispatchdb", "ingestdb", "analyticsdb", "messaging", "cache",
                "listings", "applications", "matching", "emergency-dispatch", "scraper-ingest", "market-analytics", "gateway",
            }));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }
}
