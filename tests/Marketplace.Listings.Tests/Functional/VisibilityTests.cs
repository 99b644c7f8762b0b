using System.Net;
using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.Listings.Tests.Functional;

/// <summary>ARCHITECTURE §4 on the detail and search read paths, including the tier cascade.</summary>
public sealed class VisibilityTests : ListingsFixture
{
    private async Task<bool> CanSeeAsync(TokenRequest? caller, Guid id)
    {
        using var client = Client(caller);
        using var detail = await client.GetAsync(new Uri($"/api/v1/jobs/{id}", UriKind.Relative));
        using var search = await client.GetAsync(new Uri("/api/v1/jobs?page_size=100", UriKind.Relative));
        var inSearch = (await ReadJsonAsync(search)).GetProperty("items").EnumerateArray()
            .Any(i => i.GetProperty("listing").GetProperty("id").GetGuid() == id);
        Assert.That(inSearch, Is.EqualTo(detail.StatusCode == HttpStatusCode.OK), "search and detail must agree");
        return detail.StatusCode == HttpStatusCode.OK;
    }

    private Task<Guid> PublishAsync(TokenRequest owner, string visibility, object? cascade = null) =>
        CreatePublishedAsync(owner, body =>
        {
            body["visibility"] = visibility;
            body["visibility_cascade"] = cascade;
            return body;
        });

    [Test]
    public async Task Internal_listing_is_hidden_from_other_organizations()
    {
        var organization = Guid.NewGuid();
        var id = await PublishAsync(Employer(organization), "internal");

        Assert.That(await CanSeeAsync(Technician(), id), Is.False);
        Assert.That(await CanSeeAsync(null, id), Is.False);
        Assert.That(await CanSeeAsync(new TokenRequest(Guid.NewGuid(), organization, [MarketplaceRoles.Technician]), id), Is.True);
    }

    [Test]
    public async Task Network_listing_is_seen_by_callers_sharing_a_network_only()
    {
        var id = await PublishAsync(Employer(networks: ["net-chicago-lifts"]), "network");

        Assert.That(await CanSeeAsync(Technician(networks: ["net-chicago-lifts", "net-other"]), id), Is.True);
        Assert.That(await CanSeeAsync(Technician(networks: ["net-other"]), id), Is.False);
        Assert.That(await CanSeeAsync(null, id), Is.False);
    }

    [Test]
    public async Task Regional_listing_is_seen_in_its_region_only()
    {
        var id = await PublishAsync(Employer(region: "us-midwest"), "regional");

        Assert.That(await CanSeeAsync(Technician(region: "us-midwest"), id), Is.True);
        Assert.That(await CanSeeAsync(Technician(region: "us-south"), id), Is.False);
    }

    [Test]
    public async Task Industry_listing_is_seen_by_callers_of_its_trade()
    {
        var id = await PublishAsync(Employer(), "industry");

        Assert.That(await CanSeeAsync(Technician(trades: ["elevator"]), id), Is.True);
        Assert.That(await CanSeeAsync(Technician(trades: ["hvac"]), id), Is.False);
        Assert.That(await CanSeeAsync(null, id), Is.False);
    }

    [Test]
    public async Task Anonymous_visitors_see_global_listings()
    {
        var id = await PublishAsync(Employer(), "global");
        Assert.That(await CanSeeAsync(null, id), Is.True);
    }

    [Test]
    public async Task Cascade_widens_visibility_as_time_passes_since_publish()
    {
        var owner = Employer(networks: ["net-cascade"]);
        var id = await PublishAsync(owner, "internal", new[]
        {
            new { visibility = "network", after_hours = 48 },
            new { visibility = "global", after_hours = 96 },
        });
        var partner = Technician(networks: ["net-cascade"]);

        Assert.That(await CanSeeAsync(partner, id), Is.False, "internal for the first 48 hours");

        await BackdatePublishAsync(id, TimeSpan.FromHours(50));
        Assert.That(await CanSeeAsync(partner, id), Is.True, "network after 48 hours");
        Assert.That(await CanSeeAsync(null, id), Is.False, "not yet global");

        await BackdatePublishAsync(id, TimeSpan.FromHours(100));
        Assert.That(await CanSeeAsync(null, id), Is.True, "global after 96 hours");
    }

    [Test]
    public async Task Cascade_stops_when_the_listing_is_filled()
    {
        var owner = Employer();
        var id = await PublishAsync(owner, "internal", new[] { new { visibility = "global", after_hours = 24 } });
        using (var client = Client(owner))
        {
            (await client.PostAsync(new Uri($"/api/v1/jobs/{id}/fill", UriKind.Relative), null)).EnsureSuccessStatusCode();
        }

        // As if published 100 hours ago and filled one hour after publishing: the 24-hour step was never reached.
        await BackdatePublishAsync(id, TimeSpan.FromHours(100));
        await using var db = await OpenDatabaseAsync();
        await Dapper.SqlMapper.ExecuteAsync(db, "update job_listings set filled_at = published_at + interval '1 hour' where id = @id", new { id });

        using var anonymous = Client(null);
        using var response = await anonymous.GetAsync(new Uri($"/api/v1/jobs/{id}", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "filled at hour 1, so it never reached global");
    }
}
