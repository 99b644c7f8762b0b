using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.EndToEnd.Tests;

/// <summary>The foundation's flow across services: Listings → outbox → RabbitMQ → Market-Analytics, through the gateway.</summary>
[NonParallelizable]
public sealed class BackboneTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Test]
    public async Task Published_listing_is_counted_by_market_analytics()
    {
        var employer = await MarketplaceClient.SignInAsync(TopologySetup.Topology.GatewayUrl, Guid.NewGuid(), MarketplaceRoles.Employer);
        const string category = "elevator_inspector";
        var before = await employer.PublishedTodayAsync(category);

        await employer.CreateAndPublishListingAsync(category, "Elevator Inspector — QEI certified, municipal route");

        await WaitForCountAsync(employer, category, before + 1);
    }

    [Test]
    public async Task Listings_published_while_the_broker_restarts_are_each_counted_exactly_once()
    {
        const int total = 500;
        const string category = "fire_safety_technician";
        var employer = await MarketplaceClient.SignInAsync(TopologySetup.Topology.GatewayUrl, Guid.NewGuid(), MarketplaceRoles.Employer);
        var before = await employer.PublishedTodayAsync(category);
        var drafts = new List<Guid>(total);
        for (var i = 0; i < total; i++)
        {
            drafts.Add(await employer.CreateDraftAsync(category, $"Fire Alarm Technician #{i + 1} — NICET II"));
        }

        // Publish the first half, take RabbitMQ down, publish the rest while it is down, then bring it back.
        await PublishAllAsync(employer, drafts.Take(total / 2));
        await TopologySetup.Topology.StopResourceAsync("messaging");
        try
        {
            await PublishAllAsync(employer, drafts.Skip(total / 2));
        }
        finally
        {
            await TopologySetup.Topology.StartResourceAsync("messaging");
        }

        await WaitForCountAsync(employer, category, before + total);

        // Nothing counted twice: the count stays put once every relay and consumer has caught up.
        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.That(await employer.PublishedTodayAsync(category), Is.EqualTo(before + total));
    }

    private static async Task PublishAllAsync(MarketplaceClient employer, IEnumerable<Guid> ids)
    {
        foreach (var id in ids)
        {
            await employer.PublishAsync(id);
        }
    }

    private static async Task WaitForCountAsync(MarketplaceClient client, string category, int expected)
    {
        var deadline = DateTime.UtcNow + Patience;
        var seen = await client.PublishedTodayAsync(category);
        while (seen < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            seen = await client.PublishedTodayAsync(category);
        }

        Assert.That(seen, Is.EqualTo(expected), $"Market-Analytics counted {seen} of {expected} listings in {category}.");
    }
}
