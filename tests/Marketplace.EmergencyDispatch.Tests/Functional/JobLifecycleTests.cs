using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.EmergencyDispatch.Tests.Functional;

public sealed class JobLifecycleTests : DispatchFixture
{
    [Test]
    public async Task A_notified_technician_answers_and_the_response_time_is_recorded()
    {
        var site = Spot();
        var technician = await OnCallTechnicianAsync(North(site, 1));
        var dispatcher = Dispatcher();
        var job = await PostJobAsync(dispatcher, site);

        using var response = await PostAsync(technician, $"/api/v1/emergency-jobs/{Id(job)}/respond", new { available = true, eta_minutes = 25, message = "On my way" });
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());

        var owner = await GetJobAsync(dispatcher, Id(job));
        Assert.That(owner.GetProperty("responses_count").GetInt32(), Is.EqualTo(1));
        Assert.That(owner.GetProperty("time_to_first_response_seconds").GetDouble(), Is.GreaterThanOrEqualTo(0));
        var answer = owner.GetProperty("responses")[0];
        Assert.That(answer.GetProperty("eta_minutes").GetInt32(), Is.EqualTo(25));
        Assert.That(await OutboxAsync("EmergencyJobResponded", Id(job)), Has.Count.EqualTo(1));

        using var client = Client(technician);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/emergency-jobs/availability/me", Json);
        Assert.That(me.GetProperty("response_rate").GetDouble(), Is.EqualTo(1));
        Assert.That(me.GetProperty("responses_count").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_technician_who_was_not_notified_cannot_respond()
    {
        var site = Spot();
        await OnCallTechnicianAsync(North(site, 1));
        var job = await PostJobAsync(Dispatcher(), site);
        using var response = await PostAsync(Technician(), $"/api/v1/emergency-jobs/{Id(job)}/respond", new { available = true });
        Assert.That((int)response.StatusCode, Is.EqualTo(404));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Answering_twice_is_a_conflict()
    {
        var site = Spot();
        var technician = await OnCallTechnicianAsync(North(site, 1));
        var job = await PostJobAsync(Dispatcher(), site);
        using var first = await PostAsync(technician, $"/api/v1/emergency-jobs/{Id(job)}/respond", new { available = false });
        using var second = await PostAsync(technician, $"/api/v1/emergency-jobs/{Id(job)}/respond", new { available = true });
        Assert.That((int)second.StatusCode, Is.EqualTo(409));
    }

    [Test]
    public async Task Assigning_fills_the_job_and_tells_everyone_notified()
    {
        var site = Spot();
        var chosen = await OnCallTechnicianAsync(North(site, 1));
        var other = await OnCallTechnicianAsync(North(site, 2));
        var dispatcher = Dispatcher();
        var job = await PostJobAsync(dispatcher, site);
        (await PostAsync(chosen, $"/api/v1/emergency-jobs/{Id(job)}/respond", new { available = true, eta_minutes = 15 })).Dispose();

        using var assign = await PostAsync(dispatcher, $"/api/v1/emergency-jobs/{Id(job)}/assign", new { technician_user_id = chosen.Sub });
        Assert.That((int)assign.StatusCode, Is.EqualTo(200), await assign.Content.ReadAsStringAsync());

        var owner = await GetJobAsync(dispatcher, Id(job));
        Assert.That(owner.GetProperty("status").GetString(), Is.EqualTo("filled"));
        Assert.That(owner.GetProperty("assigned_technician_id").GetGuid(), Is.EqualTo(chosen.Sub));
        Assert.That(owner.GetProperty("time_to_fill_seconds").GetDouble(), Is.GreaterThanOrEqualTo(0));
        Assert.That((await OutboxAsync("EmergencyJobAssigned", Id(job)))[0].GetProperty("firstAccept").GetBoolean(), Is.False);
        Assert.That(await OutboxAsync("EmergencyJobFilled", Id(job)), Has.Count.EqualTo(1));
        var told = (await OutboxAsync("NotificationRequested", Id(job)))
            .Where(n => n.GetProperty("kind").GetString() == "emergency_job_filled")
            .Select(n => n.GetProperty("recipientUserId").GetGuid());
        Assert.That(told, Is.EquivalentTo(new[] { chosen.Sub, other.Sub }));
    }

    [Test]
    public async Task A_technician_who_did_not_answer_available_cannot_be_assigned()
    {
        var site = Spot();
        var declined = await OnCallTechnicianAsync(North(site, 1));
        var silent = await OnCallTechnicianAsync(North(site, 2));
        var dispatcher = Dispatcher();
        var job = await PostJobAsync(dispatcher, site);
        (await PostAsync(declined, $"/api/v1/emergency-jobs/{Id(job)}/respond", new { available = false })).Dispose();

        using var assignDeclined = await PostAsync(dispatcher, $"/api/v1/emergency-jobs/{Id(job)}/assign", new { technician_user_id = declined.Sub });
        using var assignSilent = await PostAsync(dispatcher, $"/api/v1/emergency-jobs/{Id(job)}/assign", new { technician_user_id = silent.Sub });
        Assert.That((int)assignDeclined.StatusCode, Is.EqualTo(409));
        Assert.That((int)assignSilent.StatusCode, Is.EqualTo(409));
    }

    [Test]
    public async Task Of_two_concurrent_assigns_exactly_one_wins()
    {
        var site = Spot();
        var a = await OnCallTechnicianAsync(North(site, 1));
        var b = await OnCallTechnicianAsync(North(site, 2));
        var dispatcher = Dispatcher();
        var job = await PostJobAsync(dispatcher, site);
        (await PostAsync(a, $"/api/v1/emergency-jobs/{Id(job)}/respond", new { available = true })).Dispose();
        (await PostAsync(b, $"/api/v1/emergency-jobs/{Id(job)}/respond", new { available = true })).Dispose();

        var results = await Task.WhenAll(
            PostAsync(dispatcher, $"/api/v1/emergency-jobs/{Id(job)}/assign", new { technician_user_id = a.Sub }),
            PostAsync(dispatcher, $"/api/v1/emergency-jobs/{Id(job)}/assign", new { technician_user_id = b.Sub }));
        Assert.That(results.Select(r => (int)r.StatusCode).Order(), Is.EqualTo(new[] { 200, 409 }));
        Assert.That(await OutboxAsync("EmergencyJobAssigned", Id(job)), Has.Count.EqualTo(1));
        foreach (var r in results)
        {
            r.Dispose();
        }
    }

    [Test]
    public async Task Of_a_concurrent_assign_and_cancel_exactly_one_wins()
    {
        var site = Spot();
        var a = await OnCallTechnicianAsync(North(site, 1));
        var dispatcher = Dispatcher();
        var job = await PostJobAsync(dispatcher, site);
        (await PostAsync(a, $"/api/v1/emergency-jobs/{Id(job)}/respond", new { available = true })).Dispose();

        var results = await Task.WhenAll(
            PostAsync(dispatcher, $"/api/v1/emergency-jobs/{Id(job)}/assign", new { technician_user_id = a.Sub }),
            PostAsync(dispatcher, $"/api/v1/emergency-jobs/{Id(job)}/cancel", new { reason = "fixed in house" }));
        Assert.That(results.Select(r => (int)r.StatusCode).Order(), Is.EqualTo(new[] { 200, 409 }));
        var status = (await GetJobAsync(dispatcher, Id(job))).GetProperty("status").GetString();
        Assert.That(status, Is.AnyOf("filled", "cancelled"));
        Assert.That((await OutboxAsync("EmergencyJobAssigned", Id(job))).Count + (await OutboxAsync("EmergencyJobCancelled", Id(job))).Count, Is.EqualTo(1));
        foreach (var r in results)
        {
            r.Dispose();
        }
    }

    [Test]
    public async Task First_accept_gives_the_job_to_the_first_technician_who_answers_available()
    {
        var site = Spot();
        var declines = await OnCallTechnicianAsync(North(site, 1));
        var accepts = await OnCallTechnicianAsync(North(site, 2));
        var late = await OnCallTechnicianAsync(North(site, 3));
        var dispatcher = Dispatcher();
        var job = await PostJobAsync(dispatcher, site, b => b["first_accept"] = true);

        using var no = await PostAsync(declines, $"/api/v1/emergency-jobs/{Id(job)}/respond", new { available = false });
        using var yes = await PostAsync(accepts, $"/api/v1/emergency-jobs/{Id(job)}/respond", new { available = true, eta_minutes = 10 });
        using var tooLate = await PostAsync(late, $"/api/v1/emergency-jobs/{Id(job)}/respond", new { available = true });

        Assert.That((await no.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("assigned").GetBoolean(), Is.False);
        Assert.That((await yes.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("assigned").GetBoolean(), Is.True);
        Assert.That((int)tooLate.StatusCode, Is.EqualTo(409));
        var owner = await GetJobAsync(dispatcher, Id(job));
        Assert.That(owner.GetProperty("assigned_technician_id").GetGuid(), Is.EqualTo(accepts.Sub));
        Assert.That((await OutboxAsync("EmergencyJobAssigned", Id(job)))[0].GetProperty("firstAccept").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Another_organizations_job_cannot_be_assigned_or_cancelled_and_shows_it_no_answers()
    {
        // A global job is visible to every verified user (VisibilityTests), but only its own organization runs it.
        var site = Spot();
        var job = await PostJobAsync(Dispatcher(), site);
        var stranger = Dispatcher();
        var seen = await GetJobAsync(stranger, Id(job));
        using var assign = await PostAsync(stranger, $"/api/v1/emergency-jobs/{Id(job)}/assign", new { technician_user_id = Guid.NewGuid() });
        using var cancel = await PostAsync(stranger, $"/api/v1/emergency-jobs/{Id(job)}/cancel", new { reason = "mine now" });
        Assert.That(new[] { assign.StatusCode, cancel.StatusCode }.Select(s => (int)s), Is.All.EqualTo(404));
        Assert.That(seen.TryGetProperty("responses", out var responses) && responses.ValueKind != JsonValueKind.Null, Is.False);
    }

    [Test]
    public async Task Metrics_give_the_organizations_fill_rate_and_median_time_to_fill()
    {
        var site = Spot();
        var technician = await OnCallTechnicianAsync(North(site, 1));
        var organization = Guid.NewGuid();
        var dispatcher = Dispatcher(organization);
        var filled = await PostJobAsync(dispatcher, site);
        var cancelled = await PostJobAsync(dispatcher, site);
        (await PostAsync(technician, $"/api/v1/emergency-jobs/{Id(filled)}/respond", new { available = true })).Dispose();
        (await PostAsync(dispatcher, $"/api/v1/emergency-jobs/{Id(filled)}/assign", new { technician_user_id = technician.Sub })).Dispose();
        (await PostAsync(dispatcher, $"/api/v1/emergency-jobs/{Id(cancelled)}/cancel", new { })).Dispose();

        using var client = Client(dispatcher);
        var metrics = await client.GetFromJsonAsync<JsonElement>("/api/v1/emergency-jobs/metrics", Json);
        var org = metrics.GetProperty("organization");
        Assert.That(org.GetProperty("jobs_posted").GetInt64(), Is.EqualTo(2));
        Assert.That(org.GetProperty("fill_rate").GetDouble(), Is.EqualTo(0.5));
        Assert.That(org.GetProperty("median_time_to_fill_seconds").GetDouble(), Is.GreaterThanOrEqualTo(0));
        Assert.That(metrics.GetProperty("regions")[0].GetProperty("region").GetString(), Is.EqualTo("midwest"));
    }

    [Test]
    public async Task Open_jobs_near_a_point_are_listed_nearest_first_with_their_distance()
    {
        var site = Spot();
        var dispatcher = Dispatcher();
        var far = await PostJobAsync(dispatcher, North(site, 8));
        var near = await PostJobAsync(dispatcher, North(site, 2));
        using var client = Client(Technician());
        var page = await client.GetFromJsonAsync<JsonElement>(
            $"/api/v1/emergency-jobs?near_lat={site.Lat}&near_lng={site.Lng}&radius_miles=10&categories=elevator_mechanic", Json);
        var ids = page.GetProperty("items").EnumerateArray().Select(Id).ToList();
        Assert.That(ids, Is.EqualTo(new[] { Id(near), Id(far) }));
        Assert.That(page.GetProperty("items")[0].GetProperty("distance_miles").GetDouble(), Is.EqualTo(2).Within(0.1));
        Assert.That(page.GetProperty("total").GetInt64(), Is.EqualTo(2));
    }

    [Test]
    public async Task An_internal_job_is_not_listed_to_other_organizations()
    {
        var site = Spot();
        await PostJobAsync(Dispatcher(), site, b => b["visibility"] = "internal");
        using var client = Client(Technician());
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/emergency-jobs?near_lat={site.Lat}&near_lng={site.Lng}&radius_miles=5", Json);
        Assert.That(page.GetProperty("total").GetInt64(), Is.Zero);
    }

    [Test]
    public async Task Toggle_switches_emergency_availability_off()
    {
        var site = Spot();
        var technician = await OnCallTechnicianAsync(North(site, 1));
        using var toggle = await PostAsync(technician, "/api/v1/emergency-jobs/availability/me/toggle", new { available_type = "emergency", is_available = false });
        Assert.That((int)toggle.StatusCode, Is.EqualTo(200));
        var job = await PostJobAsync(Dispatcher(), site);
        Assert.That(job.GetProperty("notifications_sent").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task A_postal_code_is_geocoded_into_the_home_location()
    {
        var technician = Technician();
        var body = AvailabilityBody((0, 0));
        body.Remove("home_latitude");
        body.Remove("home_longitude");
        body["postal_code"] = "60601";
        using var client = Client(technician);
        using var response = await client.PutAsJsonAsync("/api/v1/emergency-jobs/availability/me", body, Json);
        var saved = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.That(saved.GetProperty("home_latitude").GetDouble(), Is.EqualTo(41.88).Within(0.1));
    }

    [Test]
    public async Task Without_availability_me_is_not_found()
    {
        using var client = Client(Technician());
        using var response = await client.GetAsync(new Uri("/api/v1/emergency-jobs/availability/me", UriKind.Relative));
        Assert.That((int)response.StatusCode, Is.EqualTo(404));
    }

    [Test]
    public async Task Only_dispatchers_and_employers_post_jobs()
    {
        using var response = await PostAsync(Technician(), "/api/v1/emergency-jobs", JobBody(Spot()));
        Assert.That((int)response.StatusCode, Is.EqualTo(403));
    }
}
