using static Marketplace.MarketAnalytics.Tests.MarketEvents;

namespace Marketplace.MarketAnalytics.Tests;

/// <summary>The scheduled aggregation keeps today's statistics current without anyone asking.</summary>
[NonParallelizable]
public sealed class AggregationWorkerTests
{
    private MarketService market = null!;

    [OneTimeSetUp]
    public async Task Start() => market = await MarketService.StartAsync(aggregationWorker: true);

    [OneTimeTearDown]
    public async Task Stop() => await market.DisposeAsync();

    [Test]
    public async Task A_listing_published_today_shows_up_in_todays_stats_on_its_own()
    {
        await market.PublishAsync(Listing("maintenance_supervisor", "Reno", "NV", DateTimeOffset.UtcNow, 30, 40));

        var shown = await Marketplace.Testing.Wait.UntilAsync(async () =>
        {
            var stats = await market.GetAsync("/api/v1/market/stats?role=maintenance_supervisor&location=Reno, NV");
            return stats.GetProperty("active_postings").GetInt32() == 1
                && stats.GetProperty("day").GetString() == DateTime.UtcNow.ToString("yyyy-MM-dd");
        }, TimeSpan.FromSeconds(30));

        Assert.That(shown, Is.True);
    }
}
