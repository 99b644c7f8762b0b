extern alias ListingsApi;

using System.Net;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.ServiceDefaults.Messaging;
using Marketplace.ServiceDefaults.Outbox;
using Marketplace.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ListingsProgram = ListingsApi::Program;

namespace Marketplace.AppHost.Tests;

/// <summary>The Listings service hosted in-process against the real infrastructure.</summary>
public sealed class ServiceFactoryTests
{
    private ServiceFactory<ListingsProgram> factory = null!;

    [OneTimeSetUp]
    public async Task HostListings()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        factory = new ServiceFactory<ListingsProgram>(
            infrastructure, "listingsdb", await infrastructure.CreateDatabaseAsync("listings"),
            new Dictionary<string, string?> { ["Outbox:BatchSize"] = "7" });
    }

    [OneTimeTearDown]
    public async Task StopListings() => await factory.DisposeAsync();

    [Test]
    public async Task Hosted_service_reaches_its_database_broker_and_cache()
    {
        using var client = factory.CreateClient(caller: null);

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public void Hosted_service_gets_short_retry_intervals_and_the_callers_settings()
    {
        var messaging = factory.Services.GetRequiredService<IOptions<MessagingOptions>>().Value;
        var outbox = factory.Services.GetRequiredService<IOptions<OutboxOptions>>().Value;

        Assert.Multiple(() =>
        {
            Assert.That(messaging.RetryIntervals, Is.EqualTo(new[] { TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100) }));
            Assert.That(messaging.RedeliveryIntervals, Is.EqualTo(new[] { TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2) }));
            Assert.That(outbox.PollInterval, Is.EqualTo(TimeSpan.FromMilliseconds(200)));
            Assert.That(outbox.BatchSize, Is.EqualTo(7));
        });
    }

    [Test]
    public async Task Client_for_a_caller_sends_a_token_the_service_accepts()
    {
        using var client = factory.CreateClient(new TokenRequest(Guid.NewGuid(), Guid.NewGuid(), [MarketplaceRoles.Employer]));

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(client.DefaultRequestHeaders.Authorization?.Scheme, Is.EqualTo("Bearer"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }
}
