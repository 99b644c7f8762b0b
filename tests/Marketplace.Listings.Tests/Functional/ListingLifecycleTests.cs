using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace Marketplace.Listings.Tests.Functional;

public sealed class ListingLifecycleTests : ListingsFixture
{
    [Test]
    public async Task Creating_a_listing_answers_201_with_a_draft_and_its_location()
    {
        using var client = Client(Employer());
        using var response = await client.PostAsJsonAsync("/api/v1/jobs", ValidListing(), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var body = await ReadJsonAsync(response);
        var id = body.GetProperty("id").GetGuid();
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/jobs/{id}"));
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("draft"));
        Assert.That(body.GetProperty("job_category").GetString(), Is.EqualTo("elevator_mechanic"));
        Assert.That(body.GetProperty("salary_max").GetDecimal(), Is.EqualTo(62m));
    }

    [TestCase("title", "Lift")]
    [TestCase("description", "Too short to describe a job.")]
    [TestCase("job_category", "astronaut")]
    [TestCase("job_type", null)]
    [TestCase("salary_min", 100)]
    [TestCase("latitude", 123.0)]
    [TestCase("currency", "dollars")]
    [TestCase("contact_email", "not-an-address")]
    [TestCase("experience_level", 7)]
    public async Task Invalid_field_answers_400_naming_it(string field, object? value)
    {
        var body = ValidListing();
        body[field] = value;
        using var client = Client(Employer());
        using var response = await client.PostAsJsonAsync("/api/v1/jobs", body, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var errors = (await ReadJsonAsync(response)).GetProperty("errors");
        Assert.That(errors.TryGetProperty(field, out _), Is.True, errors.ToString());
    }

    [Test]
    public async Task A_cascade_that_narrows_visibility_answers_400()
    {
        var body = ValidListing();
        body["visibility"] = "network";
        body["visibility_cascade"] = new[] { new { visibility = "internal", after_hours = 10 } };
        using var client = Client(Employer());
        using var response = await client.PostAsJsonAsync("/api/v1/jobs", body, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await ReadJsonAsync(response)).GetProperty("errors").TryGetProperty("visibility_cascade[0].visibility", out _), Is.True);
    }

    [Test]
    public async Task Malformed_json_answers_400_not_500()
    {
        using var client = Client(Employer());
        using var content = new StringContent("{\"title\": ", System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/v1/jobs", UriKind.Relative), content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Only_employers_of_an_organization_may_create_listings()
    {
        using var technician = Client(Technician());
        using var anonymous = Client(null);
        using var asTechnician = await technician.PostAsJsonAsync("/api/v1/jobs", ValidListing(), Json);
        using var asAnonymous = await anonymous.PostAsJsonAsync("/api/v1/jobs", ValidListing(), Json);

        Assert.That(asTechnician.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(asAnonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Publishing_activates_the_draft_and_publishes_JobListingPublished_once()
    {
        var owner = Employer();
        var id = await CreatePublishedAsync(owner);

        await using var db = await OpenDatabaseAsync();
        var status = await db.QuerySingleAsync<string>("select status from job_listings where id = @id", new { id });
        Assert.That(status, Is.EqualTo("active"));
        var published = await EventuallyAsync(async () => await db.QuerySingleAsync<int>("""
            select count(*) from outbox_messages
            where message_type like 'Marketplace.Contracts.Listings.JobListingPublished,%'
              and (payload ->> 'listingId')::uuid = @id and published_at is not null
            """, new { id }) == 1);
        Assert.That(published, Is.True, "the relay did not publish the event to RabbitMQ");
        var category = await db.QuerySingleAsync<string>("""
            select payload -> 'listing' ->> 'jobCategory' from outbox_messages where (payload ->> 'listingId')::uuid = @id
            """, new { id });
        Assert.That(category, Is.EqualTo("elevator_mechanic"));
    }

    [Test]
    public async Task Publishing_twice_answers_409()
    {
        var owner = Employer();
        var id = await CreatePublishedAsync(owner);
        using var client = Client(owner);
        using var response = await client.PostAsync(new Uri($"/api/v1/jobs/{id}/publish", UriKind.Relative), null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Another_organization_cannot_publish_a_draft_and_gets_404()
    {
        var id = await CreateDraftAsync(Employer());
        using var other = Client(Employer());
        using var response = await other.PostAsync(new Uri($"/api/v1/jobs/{id}/publish", UriKind.Relative), null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_colleague_in_the_same_organization_may_publish()
    {
        var organization = Guid.NewGuid();
        var id = await CreateDraftAsync(Employer(organization));
        using var colleague = Client(Employer(organization));
        using var response = await colleague.PostAsync(new Uri($"/api/v1/jobs/{id}/publish", UriKind.Relative), null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Unknown_listing_answers_404()
    {
        using var client = Client(Employer());
        using var get = await client.GetAsync(new Uri($"/api/v1/jobs/{Guid.NewGuid()}", UriKind.Relative));
        using var publish = await client.PostAsync(new Uri($"/api/v1/jobs/{Guid.NewGuid()}/publish", UriKind.Relative), null);
        Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(publish.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Draft_is_hidden_from_everyone_outside_the_organization()
    {
        var id = await CreateDraftAsync(Employer());
        using var anonymous = Client(null);
        using var response = await anonymous.GetAsync(new Uri($"/api/v1/jobs/{id}", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Pause_resume_and_fill_follow_the_lifecycle_and_illegal_moves_answer_409()
    {
        var owner = Employer();
        var id = await CreatePublishedAsync(owner);
        using var client = Client(owner);

        async Task<HttpStatusCode> Post(string action) =>
            (await client.PostAsync(new Uri($"/api/v1/jobs/{id}/{action}", UriKind.Relative), null)).StatusCode;

        Assert.That(await Post("resume"), Is.EqualTo(HttpStatusCode.Conflict), "resume of an active listing");
        Assert.That(await Post("pause"), Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await Post("pause"), Is.EqualTo(HttpStatusCode.Conflict), "pause of a paused listing");
        Assert.That(await Post("resume"), Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await Post("fill"), Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await Post("resume"), Is.EqualTo(HttpStatusCode.Conflict), "a filled listing is final");
        Assert.That(await Post("publish"), Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task A_paused_listing_is_hidden_from_others_but_not_from_its_owner()
    {
        var owner = Employer();
        var id = await CreatePublishedAsync(owner);
        using var client = Client(owner);
        (await client.PostAsync(new Uri($"/api/v1/jobs/{id}/pause", UriKind.Relative), null)).EnsureSuccessStatusCode();

        using var anonymous = Client(null);
        Assert.That((await anonymous.GetAsync(new Uri($"/api/v1/jobs/{id}", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await client.GetAsync(new Uri($"/api/v1/jobs/{id}", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Closing_needs_a_reason_and_emits_JobListingClosed_with_it()
    {
        var owner = Employer();
        var id = await CreatePublishedAsync(owner);
        using var client = Client(owner);

        using var noReason = await client.PostAsJsonAsync($"/api/v1/jobs/{id}/close", new { }, Json);
        Assert.That(noReason.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await ReadJsonAsync(noReason)).GetProperty("errors").TryGetProperty("reason", out _), Is.True);

        using var closed = await client.PostAsJsonAsync($"/api/v1/jobs/{id}/close", new { reason = "Budget withdrawn" }, Json);
        Assert.That(closed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await ReadJsonAsync(closed)).GetProperty("status").GetString(), Is.EqualTo("closed"));

        await using var db = await OpenDatabaseAsync();
        var reason = await db.QuerySingleAsync<string>("""
            select payload ->> 'reason' from outbox_messages
            where message_type like 'Marketplace.Contracts.Listings.JobListingClosed,%' and (payload ->> 'listingId')::uuid = @id
            """, new { id });
        Assert.That(reason, Is.EqualTo("Budget withdrawn"));
    }

    [Test]
    public async Task Editing_a_published_listings_requirements_emits_JobListingUpdated_naming_the_changes()
    {
        var owner = Employer();
        var id = await CreatePublishedAsync(owner);
        var body = ValidListing();
        body["required_certifications"] = new[] { "QEI", "NAEC CET" };
        using var client = Client(owner);
        using var response = await client.PutAsJsonAsync($"/api/v1/jobs/{id}", body, Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await using var db = await OpenDatabaseAsync();
        var changed = await db.QuerySingleAsync<string>("""
            select payload ->> 'changedFields' from outbox_messages
            where message_type like 'Marketplace.Contracts.Listings.JobListingUpdated,%' and (payload ->> 'listingId')::uuid = @id
            """, new { id });
        Assert.That(JsonSerializer.Deserialize<string[]>(changed), Is.EqualTo(new[] { "required_certifications" }));
    }

    [Test]
    public async Task Editing_a_draft_emits_nothing()
    {
        var owner = Employer();
        var id = await CreateDraftAsync(owner);
        var body = ValidListing();
        body["title"] = "Senior Elevator Mechanic";
        using var client = Client(owner);
        using var response = await client.PutAsJsonAsync($"/api/v1/jobs/{id}", body, Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await ReadJsonAsync(response)).GetProperty("title").GetString(), Is.EqualTo("Senior Elevator Mechanic"));

        await using var db = await OpenDatabaseAsync();
        var events = await db.QuerySingleAsync<int>(
            "select count(*) from outbox_messages where (payload ->> 'listingId')::uuid = @id", new { id });
        Assert.That(events, Is.Zero);
    }

    [Test]
    public async Task Another_organization_cannot_edit_a_listing()
    {
        var id = await CreatePublishedAsync(Employer());
        using var other = Client(Employer());
        using var response = await other.PutAsJsonAsync($"/api/v1/jobs/{id}", ValidListing(), Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Reading_a_listing_records_a_view_with_its_source()
    {
        var id = await CreatePublishedAsync(Employer());
        using var anonymous = Client(null);
        (await anonymous.GetAsync(new Uri($"/api/v1/jobs/{id}?source=search", UriKind.Relative))).EnsureSuccessStatusCode();

        await using var db = await OpenDatabaseAsync();
        var (count, source) = await db.QuerySingleAsync<(int, string)>("""
            select l.view_count, v.source from job_listings l join job_views v on v.listing_id = l.id where l.id = @id
            """, new { id });
        Assert.That(count, Is.EqualTo(1));
        Assert.That(source, Is.EqualTo("search"));
    }
}
