using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Contracts.Listings;
using Marketplace.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.MarketAnalytics.Tests;

[NonParallelizable]
public sealed class MarketActivityTests
{
    private ServiceFactory<Program> service = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        service = new ServiceFactory<Program>(infrastructure, "analyticsdb", await infrastructure.CreateDatabaseAsync("analytics"));
        client = service.CreateClient(null);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        client.Dispose();
        await service.DisposeAsync();
    }

    [Test]
    public async Task Published_listing_is_counted_under_its_category_on_its_day()
    {
        var day = new DateOnly(2026, 3, 14);
        await PublishAsync(Published("hvac_technician", day), Published("hvac_technician", day), Published("plumber", day));

        var activity = await WaitForActivityAsync(day, expectedTotal: 3);
        Assert.That(Counts(activity), Is.EqualTo(new Dictionary<string, int> { ["hvac_technician"] = 2, ["plumber"] = 1 }));
    }

    [Test]
    public async Task Redelivered_event_is_counted_once()
    {
        var day = new DateOnly(2026, 3, 15);
        var published = Published("electrician", day);
        await PublishAsync(published, published);
        await PublishAsync(Published("electrician", day));

        var activity = await WaitForActivityAsync(day, expectedTotal: 2);
        Assert.That(Counts(activity)["electrician"], Is.EqualTo(2));
    }

    [Test]
    public async Task Same_listing_under_another_event_id_is_counted_once()
    {
        var day = new DateOnly(2026, 3, 16);
        var first = Published("plumber", day);
        await PublishAsync(first, first with { EventId = Guid.NewGuid() }, Published("plumber", day));

        var activity = await WaitForActivityAsync(day, expectedTotal: 2);
        Assert.That(Counts(activity)["plumber"], Is.EqualTo(2));
    }

    [Test]
    public async Task Day_without_listings_answers_zero()
    {
        var activity = await GetActivityAsync(new DateOnly(2001, 1, 1));
        Assert.That(activity.GetProperty("published_count").GetInt32(), Is.Zero);
        Assert.That(activity.GetProperty("categories").GetArrayLength(), Is.Zero);
    }

    [TestCase("yesterday")]
    [TestCase("2026-13-01")]
    [TestCase("14/03/2026")]
    public async Task Malformed_date_is_a_400_naming_the_field(string date)
    {
        var response = await client.GetAsync($"/api/v1/market/activity?date={Uri.EscapeDataString(date)}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("errors").TryGetProperty("date", out _), Is.True);
    }

    private static JobListingPublished Published(string category, DateOnly day)
    {
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        var listing = new JobListingSnapshot(
            "Technician", new string('x', 120), category, "permanent", "global", "mid", "on_site",
            "Austin", "TX", "US", "78701", 30.27, -97.74, "hourly", 30, 40, "USD",
            [], [], [], [], "standard", 1, at, null);
        return new JobListingPublished(Guid.NewGuid(), at, Guid.NewGuid(), Guid.NewGuid(), listing);
    }

    private async Task PublishAsync(params JobListingPublished[] events)
    {
        var bus = service.Services.GetRequiredService<IBus>();
        foreach (var published in events)
        {
            await bus.Publish(published, context => context.MessageId = published.EventId);
        }
    }

    private async Task<JsonElement> WaitForActivityAsync(DateOnly day, int expectedTotal)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var activity = await GetActivityAsync(day);
        while (activity.GetProperty("published_count").GetInt32() < expectedTotal && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            activity = await GetActivityAsync(day);
        }

        // A duplicate, if it were counted, arrives right behind the others.
        await Task.Delay(TimeSpan.FromSeconds(1));
        activity = await GetActivityAsync(day);
        Assert.That(activity.GetProperty("published_count").GetInt32(), Is.EqualTo(expectedTotal));
        return activity;
    }

    private async Task<JsonElement> GetActivityAsync(DateOnly day)
    {
        var response = await client.GetAsync($"/api/v1/market/activity?date={day:yyyy-MM-dd}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Dictionary<string, int> Counts(JsonElement activity) =>
        activity.GetProperty("categories").EnumerateArray().ToDictionary(
            c => c.GetProperty("job_category").GetString()!, c => c.GetProperty("published_count").GetInt32());
}
