using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Marketplace.Listings.Api.Alerts;
using Marketplace.ServiceDefaults.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Listings.Tests.Functional;

/// <summary>
/// Job alerts: CRUD for the owner only, and the matcher's events in the outbox. Every test names a manufacturer of its
/// own in the alert, so listings published by other tests of the class can never match it.
/// </summary>
public sealed class JobAlertTests : ListingsFixture
{
    private static string UniqueManufacturer() => $"Maker-{Guid.NewGuid():N}";

    private async Task<JsonElement> CreateAlertAsync(TokenRequest owner, object body)
    {
        using var client = Client(owner);
        using var response = await client.PostAsJsonAsync("/api/v1/job-alerts", body, Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    private Task<Guid> PublishWithManufacturerAsync(TokenRequest employer, string manufacturer, string visibility = "global", string category = "elevator_mechanic") =>
        CreatePublishedAsync(employer, body =>
        {
            body["manufacturer_experience"] = new[] { manufacturer };
            body["visibility"] = visibility;
            body["job_category"] = category;
            return body;
        });

    private async Task RunMatcherAsync() => await Service.Services.GetRequiredService<JobAlertMatcher>().RunOnceAsync(CancellationToken.None);

    /// <summary>The alert's JobAlertMatched events: (channel, listing ids), oldest first.</summary>
    private async Task<List<(string Channel, Guid[] Listings)>> EventsAsync(Guid alertId)
    {
        await using var db = await OpenDatabaseAsync();
        var payloads = await db.QueryAsync<string>("""
            select payload::text from outbox_messages
            where message_type like 'Marketplace.Contracts.Listings.JobAlertMatched,%' and (payload ->> 'alertId')::uuid = @alertId
            order by sequence
            """, new { alertId });
        return payloads.Select(p => JsonDocument.Parse(p).RootElement).Select(e => (
            e.GetProperty("channel").GetString()!,
            e.GetProperty("listings").EnumerateArray().Select(l => l.GetProperty("listingId").GetGuid()).ToArray())).ToList();
    }

    /// <summary>Runs the matcher until the alert has <paramref name="count"/> events (the background worker may run it too).</summary>
    private async Task<List<(string Channel, Guid[] Listings)>> EventsAfterRunAsync(Guid alertId, int count)
    {
        Assert.That(await EventuallyAsync(async () =>
        {
            await RunMatcherAsync();
            return (await EventsAsync(alertId)).Count >= count;
        }), Is.True, $"expected {count} JobAlertMatched events");
        return await EventsAsync(alertId);
    }

    [Test]
    public async Task An_owner_creates_reads_lists_updates_and_deletes_an_alert()
    {
        var owner = Technician();
        using var client = Client(owner);
        var created = await CreateAlertAsync(owner, new
        {
            name = "Elevator jobs near Chicago",
            categories = new[] { "elevator_mechanic" },
            postal_code = "60601",
            radius_miles = 25,
            min_salary = 40,
            skills = new[] { "Hydraulics" },
            frequency = "daily",
            channels = new[] { "email", "sms" },
        });
        var id = created.GetProperty("id").GetGuid();
        Assert.That(created.GetProperty("frequency").GetString(), Is.EqualTo("daily"));
        Assert.That(created.GetProperty("skills")[0].GetString(), Is.EqualTo("hydraulics"));
        Assert.That(created.GetProperty("channels").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(new[] { "email", "sms" }));

        var fetched = await ReadJsonAsync(await client.GetAsync(new Uri($"/api/v1/job-alerts/{id}", UriKind.Relative)));
        Assert.That(fetched.GetProperty("name").GetString(), Is.EqualTo("Elevator jobs near Chicago"));
        var list = await ReadJsonAsync(await client.GetAsync(new Uri("/api/v1/job-alerts", UriKind.Relative)));
        Assert.That(list.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()), Is.EqualTo(new[] { id }));

        using var updated = await client.PutAsJsonAsync($"/api/v1/job-alerts/{id}", new { name = "Any HVAC", categories = new[] { "hvac_technician" }, frequency = "weekly", channels = new[] { "push" } }, Json);
        Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK), await updated.Content.ReadAsStringAsync());
        var body = await ReadJsonAsync(updated);
        Assert.That(body.GetProperty("frequency").GetString(), Is.EqualTo("weekly"));
        Assert.That(body.GetProperty("radius_miles").ValueKind, Is.EqualTo(JsonValueKind.Null), "PUT replaces the whole alert");

        using var deleted = await client.DeleteAsync(new Uri($"/api/v1/job-alerts/{id}", UriKind.Relative));
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var gone = await client.GetAsync(new Uri($"/api/v1/job-alerts/{id}", UriKind.Relative));
        Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Another_users_alert_is_not_found()
    {
        var owner = Technician();
        var id = (await CreateAlertAsync(owner, new { categories = new[] { "plumber" } })).GetProperty("id").GetGuid();
        using var other = Client(Technician());

        using var get = await other.GetAsync(new Uri($"/api/v1/job-alerts/{id}", UriKind.Relative));
        using var put = await other.PutAsJsonAsync($"/api/v1/job-alerts/{id}", new { categories = new[] { "electrician" } }, Json);
        using var delete = await other.DeleteAsync(new Uri($"/api/v1/job-alerts/{id}", UriKind.Relative));
        var list = await ReadJsonAsync(await other.GetAsync(new Uri("/api/v1/job-alerts", UriKind.Relative)));

        Assert.That(new[] { get.StatusCode, put.StatusCode, delete.StatusCode }, Is.All.EqualTo(HttpStatusCode.NotFound));
        Assert.That(list.GetProperty("items").GetArrayLength(), Is.Zero);
        using var mine = await Client(owner).GetAsync(new Uri($"/api/v1/job-alerts/{id}", UriKind.Relative));
        Assert.That(mine.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the failed delete left the alert alone");
    }

    [TestCase("{\"categories\": [\"astronaut\"]}", "categories")]
    [TestCase("{\"radius_miles\": 10}", "radius_miles")]
    [TestCase("{\"min_salary\": -1}", "min_salary")]
    [TestCase("{\"frequency\": \"hourly\"}", "frequency")]
    [TestCase("{\"channels\": [\"carrier_pigeon\"]}", "channels")]
    [TestCase("{\"channels\": []}", "channels")]
    [TestCase("{\"postal_code\": \"00000\", \"radius_miles\": 10}", "postal_code")]
    [TestCase("{\"skills\": [\"\"]}", "skills[0]")]
    public async Task Bad_alert_input_answers_400_naming_the_field(string json, string field)
    {
        using var client = Client(Technician());
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/v1/job-alerts", UriKind.Relative), content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await ReadJsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _), Is.True, await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Job_alerts_need_a_signed_in_user()
    {
        using var anonymous = Client(null);
        using var response = await anonymous.GetAsync(new Uri("/api/v1/job-alerts", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_matching_listing_produces_one_event_per_channel_and_is_never_reported_again()
    {
        var owner = Technician();
        var maker = UniqueManufacturer();
        var alertId = (await CreateAlertAsync(owner, new { manufacturers = new[] { maker }, channels = new[] { "email", "push" } })).GetProperty("id").GetGuid();
        var first = await PublishWithManufacturerAsync(Employer(), maker);

        var events = await EventsAfterRunAsync(alertId, 2);
        Assert.That(events.Select(e => e.Channel), Is.EquivalentTo(new[] { "email", "push" }));
        Assert.That(events.Select(e => e.Listings), Is.All.EqualTo(new[] { first }));

        await RunMatcherAsync();
        await RunMatcherAsync();
        Assert.That(await EventsAsync(alertId), Has.Count.EqualTo(2), "a run with nothing new reports nothing");

        var second = await PublishWithManufacturerAsync(Employer(), maker);
        var later = (await EventsAfterRunAsync(alertId, 4)).Skip(2).ToList();
        Assert.That(later.Select(e => e.Listings), Is.All.EqualTo(new[] { second }), "the first listing is not reported twice");
        await using var db = await OpenDatabaseAsync();
        Assert.That(await db.QuerySingleAsync<int>("select count(*) from job_alert_sent where alert_id = @alertId", new { alertId }), Is.EqualTo(2));
    }

    [Test]
    public async Task A_listing_the_owner_may_not_see_is_never_reported()
    {
        var owner = Technician(networks: ["net-alerts"]);
        var maker = UniqueManufacturer();
        var alertId = (await CreateAlertAsync(owner, new { manufacturers = new[] { maker } })).GetProperty("id").GetGuid();
        var otherOrganization = Employer(networks: ["net-other"]);
        var hidden = await PublishWithManufacturerAsync(otherOrganization, maker, visibility: "internal");
        var otherNetwork = await PublishWithManufacturerAsync(otherOrganization, maker, visibility: "network");
        var ownNetwork = await PublishWithManufacturerAsync(Employer(networks: ["net-alerts"]), maker, visibility: "network");

        var events = await EventsAfterRunAsync(alertId, 1);
        await RunMatcherAsync();
        var reported = (await EventsAsync(alertId)).SelectMany(e => e.Listings).ToList();
        Assert.That(reported, Does.Contain(ownNetwork));
        Assert.That(reported, Does.Not.Contain(hidden).And.Not.Contain(otherNetwork));
        Assert.That(events, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_listing_that_does_not_match_the_criteria_is_not_reported()
    {
        var maker = UniqueManufacturer();
        var alertId = (await CreateAlertAsync(Technician(), new
        {
            categories = new[] { "elevator_mechanic" },
            manufacturers = new[] { maker },
            skills = new[] { "hydraulics" },
            min_salary = 50,
        })).GetProperty("id").GetGuid();
        var wrongCategory = await PublishWithManufacturerAsync(Employer(), maker, category: "plumber");
        var tooCheap = await CreatePublishedAsync(Employer(), body =>
        {
            body["manufacturer_experience"] = new[] { maker };
            body["salary_min"] = 20;
            body["salary_max"] = 30;
            return body;
        });
        var matching = await PublishWithManufacturerAsync(Employer(), maker);

        var reported = (await EventsAfterRunAsync(alertId, 1)).SelectMany(e => e.Listings).ToList();
        Assert.That(reported, Is.EqualTo(new[] { matching }));
        Assert.That(reported, Does.Not.Contain(wrongCategory).And.Not.Contain(tooCheap));
    }

    [Test]
    public async Task An_alert_that_cannot_run_never_stops_the_others()
    {
        var maker = UniqueManufacturer();
        var poisoned = (await CreateAlertAsync(Technician(), new { manufacturers = new[] { UniqueManufacturer() } })).GetProperty("id").GetGuid();
        var healthy = (await CreateAlertAsync(Technician(), new { manufacturers = new[] { maker } })).GetProperty("id").GetGuid();
        await using (var db = await OpenDatabaseAsync())
        {
            // A stored row this code cannot read (as after a bad deploy or a manual edit), due before the healthy one.
            await db.ExecuteAsync("alter table job_alerts drop constraint if exists job_alerts_frequency_check");
            await db.ExecuteAsync("update job_alerts set frequency = 'fortnightly', next_run_at = now() - interval '1 day' where id = @poisoned", new { poisoned });
        }

        var listing = await PublishWithManufacturerAsync(Employer(), maker);
        var events = await EventsAfterRunAsync(healthy, 1);
        Assert.That(events.Single().Listings, Is.EqualTo(new[] { listing }));
    }

    [Test]
    public async Task A_daily_alert_is_not_run_again_before_it_is_due()
    {
        var maker = UniqueManufacturer();
        var alert = await CreateAlertAsync(Technician(), new { manufacturers = new[] { maker }, frequency = "daily" });
        var alertId = alert.GetProperty("id").GetGuid();
        Assert.That(alert.GetProperty("next_run_at").GetDateTimeOffset(), Is.GreaterThan(DateTimeOffset.UtcNow.AddHours(23)));
        var listing = await PublishWithManufacturerAsync(Employer(), maker);

        await RunMatcherAsync();
        await RunMatcherAsync();
        Assert.That(await EventsAsync(alertId), Is.Empty, "not due for a day");

        await using (var db = await OpenDatabaseAsync())
        {
            await db.ExecuteAsync("update job_alerts set next_run_at = now() - interval '1 second' where id = @alertId", new { alertId });
        }

        var events = await EventsAfterRunAsync(alertId, 1);
        Assert.That(events.Single().Listings, Is.EqualTo(new[] { listing }));
        await using var check = await OpenDatabaseAsync();
        Assert.That(await check.QuerySingleAsync<bool>("select next_run_at > now() + interval '23 hours' from job_alerts where id = @alertId", new { alertId }), Is.True);
    }

    [Test]
    public async Task Matchers_running_together_report_a_listing_once()
    {
        var maker = UniqueManufacturer();
        var alertId = (await CreateAlertAsync(Technician(), new { manufacturers = new[] { maker }, channels = new[] { "email", "sms" } })).GetProperty("id").GetGuid();
        var listing = await PublishWithManufacturerAsync(Employer(), maker);

        // As several replicas would: SKIP LOCKED hands the alert to one of them, the sent table stops any repeat.
        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(RunMatcherAsync)));
        var events = await EventsAfterRunAsync(alertId, 2);
        await RunMatcherAsync();

        Assert.That(await EventsAsync(alertId), Has.Count.EqualTo(2));
        Assert.That(events.Select(e => e.Listings), Is.All.EqualTo(new[] { listing }));
    }

    [Test]
    public async Task A_paused_alert_reports_nothing_until_it_is_active_again()
    {
        var owner = Technician();
        var maker = UniqueManufacturer();
        var alertId = (await CreateAlertAsync(owner, new { manufacturers = new[] { maker }, active = false })).GetProperty("id").GetGuid();
        var listing = await PublishWithManufacturerAsync(Employer(), maker);

        await RunMatcherAsync();
        Assert.That(await EventsAsync(alertId), Is.Empty);

        using var client = Client(owner);
        (await client.PutAsJsonAsync($"/api/v1/job-alerts/{alertId}", new { manufacturers = new[] { maker }, active = true }, Json)).EnsureSuccessStatusCode();
        var events = await EventsAfterRunAsync(alertId, 1);
        Assert.That(events.Single().Listings, Is.EqualTo(new[] { listing }));
    }

    [Test]
    public async Task A_radius_alert_reports_listings_inside_the_circle_only()
    {
        var maker = UniqueManufacturer();
        var alertId = (await CreateAlertAsync(Technician(), new { manufacturers = new[] { maker }, postal_code = "60601", radius_miles = 20 })).GetProperty("id").GetGuid();
        var milwaukee = await CreatePublishedAsync(Employer(), body =>
        {
            body["manufacturer_experience"] = new[] { maker };
            (body["city"], body["state_province"], body["postal_code"], body["latitude"], body["longitude"]) = ("Milwaukee", "WI", "53202", 43.0389, -87.9065);
            return body;
        });
        var chicago = await PublishWithManufacturerAsync(Employer(), maker);

        var reported = (await EventsAfterRunAsync(alertId, 1)).SelectMany(e => e.Listings).ToList();
        Assert.That(reported, Is.EqualTo(new[] { chicago }));
        Assert.That(reported, Does.Not.Contain(milwaukee));
    }

    [Test]
    public async Task Updating_an_alert_refreshes_the_owners_visibility_claims()
    {
        var owner = Technician();
        var maker = UniqueManufacturer();
        var alertId = (await CreateAlertAsync(owner, new { manufacturers = new[] { maker } })).GetProperty("id").GetGuid();
        var employer = Employer(networks: ["net-refresh"]);
        await PublishWithManufacturerAsync(employer, maker, visibility: "network");
        await RunMatcherAsync();
        Assert.That(await EventsAsync(alertId), Is.Empty, "the owner is not in the network yet");

        using (var client = Client(owner with { NetworkIds = ["net-refresh"] }))
        {
            (await client.PutAsJsonAsync($"/api/v1/job-alerts/{alertId}", new { manufacturers = new[] { maker } }, Json)).EnsureSuccessStatusCode();
        }

        var after = await PublishWithManufacturerAsync(employer, maker, visibility: "network");
        var reported = (await EventsAfterRunAsync(alertId, 1)).SelectMany(e => e.Listings).ToList();
        Assert.That(reported, Does.Contain(after));
    }
}
