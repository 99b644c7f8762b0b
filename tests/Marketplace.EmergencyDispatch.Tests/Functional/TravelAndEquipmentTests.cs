using System.Text.Json.Nodes;

namespace Marketplace.EmergencyDispatch.Tests.Functional;

/// <summary>willing_to_travel widens a technician's own radius; manufacturers and equipment the job names go first.</summary>
public sealed class TravelAndEquipmentTests : DispatchFixture
{
    [Test]
    public async Task A_technician_willing_to_travel_is_notified_beyond_their_own_radius_but_within_the_jobs()
    {
        var site = Spot();
        var willing = await OnCallTechnicianAsync(North(site, 8), b => (b["service_radius_miles"], b["willing_to_travel"]) = (5, true));
        await OnCallTechnicianAsync(North(site, 8), b => (b["service_radius_miles"], b["willing_to_travel"]) = (5, false));
        await OnCallTechnicianAsync(North(site, 15), b => (b["service_radius_miles"], b["willing_to_travel"]) = (5, true));

        var job = await PostJobAsync(Dispatcher(), site);

        var notified = (await OutboxAsync("TechnicianNotified", Id(job))).Select(n => n.GetProperty("technicianUserId").GetGuid());
        Assert.That(notified, Is.EqualTo(new[] { willing.Sub }));
    }

    [Test]
    public async Task A_technician_of_the_named_manufacturer_is_in_the_first_wave_ahead_of_a_nearer_one()
    {
        var site = Spot();
        await OnCallTechnicianAsync(North(site, 1), b => b["manufacturers"] = new JsonArray("KONE"));
        var otis = await OnCallTechnicianAsync(North(site, 7), b => b["manufacturers"] = new JsonArray("Otis"));
        var dispatcher = Dispatcher();

        var job = await PostJobAsync(dispatcher, site, b => b["escalation"] = new JsonObject { ["first_wave_size"] = 1, ["max_radius_miles"] = 20 });

        var notified = (await OutboxAsync("TechnicianNotified", Id(job))).Select(n => n.GetProperty("technicianUserId").GetGuid());
        Assert.That(notified, Is.EqualTo(new[] { otis.Sub }));
        var notice = (await GetJobAsync(dispatcher, Id(job))).GetProperty("notifications")[0];
        Assert.That(notice.GetProperty("equipment_match").GetInt32(), Is.EqualTo(1));
        Assert.That(notice.GetProperty("reason").GetString(), Does.Contain("equipment Otis"));
    }

    [Test]
    public async Task The_owner_sees_the_answers_of_the_best_matched_to_the_equipment_first()
    {
        var site = Spot();
        var near = await OnCallTechnicianAsync(North(site, 1));
        var otis = await OnCallTechnicianAsync(North(site, 7), b => b["equipment_experience"] = new JsonArray("Gen2"));
        var dispatcher = Dispatcher();
        var job = await PostJobAsync(dispatcher, site);

        foreach (var technician in new[] { near, otis })
        {
            using var answer = await PostAsync(technician, $"/api/v1/emergency-jobs/{Id(job)}/respond", new { available = true, eta_minutes = 30 });
            Assert.That((int)answer.StatusCode, Is.EqualTo(200));
        }

        var responses = (await GetJobAsync(dispatcher, Id(job))).GetProperty("responses");
        Assert.That(responses.EnumerateArray().Select(r => r.GetProperty("technician_user_id").GetGuid()), Is.EqualTo(new[] { otis.Sub, near.Sub }));
        Assert.That(responses[0].GetProperty("equipment_match").GetInt32(), Is.EqualTo(1));
    }
}
