using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Marketplace.AppHost.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.AppHost.Tests;

/// <summary>The system map, built by Aspire's testing builder but not started.</summary>
public sealed class AppHostModelTests
{
    private static readonly string[] Services =
        ["listings", "applications", "matching", "emergency-dispatch", "scraper-ingest", "market-analytics"];

    private static readonly string[] Databases =
        ["listingsdb", "applicationsdb", "matchingdb", "dispatchdb", "ingestdb", "analyticsdb"];

    private DistributedApplication app = null!;
    private DistributedApplicationModel model = null!;

    [OneTimeSetUp]
    public async Task BuildModel()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Marketplace_AppHost>(
            ["--state", Path.Combine(Path.GetTempPath(), "marketplace-model-" + Guid.NewGuid().ToString("N"))]);
        app = await builder.BuildAsync();
        model = app.Services.GetRequiredService<DistributedApplicationModel>();
    }

    [OneTimeTearDown]
    public async Task Dispose() => await app.DisposeAsync();

    [Test]
    public void Every_service_references_its_own_database_and_the_broker_and_only_dispatch_the_cache()
    {
        Assert.Multiple(() =>
        {
            foreach (var (name, database) in Services.Zip(Databases))
            {
                // Only the gateway (rate limits) and Emergency-Dispatch (GEO index, live board) use Redis (issue #9, item 15).
                string[] expected = name == "emergency-dispatch" ? [database, "messaging", "cache"] : [database, "messaging"];
                Assert.That(ReferencesOf(name), Is.EquivalentTo(expected), name);
            }
        });
    }

    [Test]
    public void Gateway_references_every_service_and_the_cache()
    {
        Assert.That(ReferencesOf("gateway"), Is.EquivalentTo(Services.Append("cache")));
    }

    [Test]
    public void Web_app_references_and_waits_for_the_gateway_only()
    {
        Assert.Multiple(() =>
        {
            // A frontend like any other: no database, broker, cache or service address of its own.
            Assert.That(ReferencesOf("web"), Is.EqualTo(new[] { "gateway" }));
            Assert.That(WaitsOf("web"), Is.EqualTo(new[] { "gateway" }));
        });
    }

    [Test]
    public void Six_databases_live_in_one_PostgreSQL_server()
    {
        var databases = model.Resources.OfType<PostgresDatabaseResource>().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(databases.Select(d => d.Name),
                Is.EquivalentTo(Databases));
            Assert.That(databases.Select(d => d.Parent.Name).Distinct(), Is.EqualTo(new[] { "postgres" }));
        });
    }

    [Test]
    public void Services_wait_for_their_servers_and_the_gateway_for_every_service()
    {
        var gatewayWaits = WaitsOf("gateway");

        Assert.Multiple(() =>
        {
            Assert.That(Services, Is.SubsetOf(gatewayWaits));
            Assert.That(WaitsOf("listings"), Is.SupersetOf(new[] { "listingsdb", "messaging" }));
            Assert.That(WaitsOf("listings"), Does.Not.Contain("cache"));
        });
    }

    private List<string> WaitsOf(string name) =>
        model.Resources.Single(r => r.Name == name).Annotations.OfType<WaitAnnotation>().Select(w => w.Resource.Name).ToList();

    private List<string> ReferencesOf(string name) =>
        model.Resources.Single(r => r.Name == name).Annotations.OfType<ResourceRelationshipAnnotation>()
            .Where(r => r.Type == "Reference").Select(r => r.Resource.Name).Distinct().ToList();
}
