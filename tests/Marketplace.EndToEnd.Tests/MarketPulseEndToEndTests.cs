using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.EndToEnd.Tests;

/// <summary>Listings → outbox → RabbitMQ → Market-Analytics' facts → a rebuilt day → /api/v1/market/stats, through the gateway.</summary>
[NonParallelizable]
public sealed class MarketPulseEndToEndTests
{
    [Test]
    public async Task A_published_listing_shows_up_in_market_stats()
    {
        var employer = await MarketplaceClient.SignInAsync(TopologySetup.Topology.GatewayUrl, Guid.NewGuid(), MarketplaceRoles.Employer);
        var admin = await MarketplaceClient.SignInAsync(TopologySetup.Topology.GatewayUrl, Guid.NewGuid(), MarketplaceRoles.Admin);
        const string stats = "/api/v1/market/stats?role=building%20automation&location=Chicago,%20IL";
        var before = await ActivePostingsAsync(employer.Http, stats);

        await employer.CreateAndPublishListingAsync("building_automation", "Building Automation Technician — BACnet, Niagara");

        // The scheduled aggregation runs every 15 minutes; the admin rebuild of today makes the test not wait for it.
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var shown = await Marketplace.Testing.Wait.UntilAsync(async () =>
        {
            var rebuilt = await admin.Http.PostAsync($"/api/v1/market/admin/rebuild?from={today}&to={today}", null);
            Assert.That(rebuilt.IsSuccessStatusCode, Is.True, await rebuilt.Content.ReadAsStringAsync());
            return await ActivePostingsAsync(employer.Http, stats) >= before + 1;
        }, TimeSpan.FromMinutes(3));

        Assert.That(shown, Is.True, "The published listing never showed up in /api/v1/market/stats.");
    }

    private static async Task<int> ActivePostingsAsync(HttpClient http, string url)
    {
        var response = await http.GetAsync(url);
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("active_postings").GetInt32();
    }
}
