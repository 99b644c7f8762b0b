using System.Net;
using System.Net.Http.Json;
using Dapper;
using Marketplace.Contracts.ScraperIngest;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Listings.Tests.Functional;

/// <summary>ExternalJobPostingImported, published on the real broker as Scraper-Ingest would, becomes a read-only listing.</summary>
public sealed class ExternalListingsTests : ListingsFixture
{
    private static ExternalJobPostingImported Posting(Guid postingId, string title, DateTimeOffset seen, bool update = false) => new(
        Guid.NewGuid(), seen, postingId, update, "linkedin", "3904", "https://www.linkedin.com/jobs/view/3904", title, "Acme Vertical",
        "Maintain and repair passenger elevators and escalators in commercial buildings across the metro area.", "Dallas", "TX", "US",
        32.7767, -96.7970, false, "FULL_TIME", 35m, 48m, "HOURLY", "USD", 72800m, 99840m, 3, ["troubleshooting"], null, null,
        seen.AddDays(-1), seen, seen);

    private async Task PublishAsync(ExternalJobPostingImported message) =>
        await Service.Services.GetRequiredService<IBus>().Publish(message, c => c.MessageId = message.EventId);

    private async Task<List<(Guid Id, string Title)>> ListingsOfAsync(Guid postingId)
    {
        await using var db = await OpenDatabaseAsync();
        return (await db.QueryAsync<(Guid, string)>("select id, title from job_listings where external_posting_id = @postingId", new { postingId })).ToList();
    }

    [Test]
    public async Task An_imported_posting_becomes_a_global_searchable_listing_with_its_source()
    {
        var postingId = Guid.NewGuid();
        await PublishAsync(Posting(postingId, "Elevator Service Technician", DateTimeOffset.UtcNow));
        Assert.That(await EventuallyAsync(async () => (await ListingsOfAsync(postingId)).Count == 1), Is.True);
        var id = (await ListingsOfAsync(postingId))[0].Id;

        using var anonymous = Client(null);
        var listing = await ReadJsonAsync(await anonymous.GetAsync(new Uri($"/api/v1/jobs/{id}", UriKind.Relative)));
        Assert.That(listing.GetProperty("is_external").GetBoolean(), Is.True);
        Assert.That(listing.GetProperty("source_platform").GetString(), Is.EqualTo("linkedin"));
        Assert.That(listing.GetProperty("organization_name").GetString(), Is.EqualTo("Acme Vertical"), "the board's company name");
        Assert.That(listing.GetProperty("source_url").GetString(), Is.EqualTo("https://www.linkedin.com/jobs/view/3904"));
        Assert.That(listing.GetProperty("job_category").GetString(), Is.EqualTo("elevator_technician"));
        Assert.That(listing.GetProperty("compensation_type").GetString(), Is.EqualTo("hourly"));

        var search = await ReadJsonAsync(await anonymous.GetAsync(new Uri("/api/v1/jobs?q=lift+mechanic&use_semantic=true", UriKind.Relative)));
        Assert.That(search.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("listing").GetProperty("id").GetGuid()), Does.Contain(id));
    }

    [Test]
    public async Task A_reimport_updates_the_listing_and_never_duplicates_it()
    {
        var postingId = Guid.NewGuid();
        var first = DateTimeOffset.UtcNow.AddMinutes(-5);
        await PublishAsync(Posting(postingId, "Elevator Service Technician", first));
        Assert.That(await EventuallyAsync(async () => (await ListingsOfAsync(postingId)).Count == 1), Is.True);

        await PublishAsync(Posting(postingId, "Senior Elevator Service Technician", first.AddMinutes(2), update: true));
        Assert.That(await EventuallyAsync(async () => (await ListingsOfAsync(postingId)).SingleOrDefault().Title == "Senior Elevator Service Technician"), Is.True);

        // An older import delivered late changes nothing.
        var stale = Posting(postingId, "Elevator Helper", first.AddMinutes(1), update: true);
        await PublishAsync(stale);
        await using var db = await OpenDatabaseAsync();
        Assert.That(await EventuallyAsync(async () => await db.QuerySingleAsync<int>(
            "select count(*) from inbox_messages where message_id = @EventId", new { stale.EventId }) == 1), Is.True);
        Assert.That((await ListingsOfAsync(postingId)).Single().Title, Is.EqualTo("Senior Elevator Service Technician"));
    }

    [Test]
    public async Task An_external_listing_is_read_only()
    {
        var postingId = Guid.NewGuid();
        await PublishAsync(Posting(postingId, "Elevator Service Technician", DateTimeOffset.UtcNow));
        Assert.That(await EventuallyAsync(async () => (await ListingsOfAsync(postingId)).Count == 1), Is.True);
        var id = (await ListingsOfAsync(postingId))[0].Id;

        using var employer = Client(Employer());
        using var edit = await employer.PutAsJsonAsync($"/api/v1/jobs/{id}", ValidListing(), Json);
        using var close = await employer.PostAsJsonAsync($"/api/v1/jobs/{id}/close", new { reason = "mine now" }, Json);
        Assert.That(edit.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(close.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
