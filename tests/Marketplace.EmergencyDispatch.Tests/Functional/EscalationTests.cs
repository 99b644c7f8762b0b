using System.Text.Json.Nodes;
using Dapper;
using Marketplace.Testing;

namespace Marketplace.EmergencyDispatch.Tests.Functional;

public sealed class EscalationTests : DispatchFixture
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Dispatch:WaveInterval"] = "00:00:00.300",
    };

    [Test]
    public async Task Waves_widen_and_grow_until_the_maximum_radius_and_each_is_recorded()
    {
        var site = Spot();
        var nearest = await OnCallTechnicianAsync(North(site, 1));
        var second = await OnCallTechnicianAsync(North(site, 2));
        var farther = await OnCallTechnicianAsync(North(site, 7));
        var farthest = await OnCallTechnicianAsync(North(site, 11));

        // Wave 1: the best one within 5 miles; wave 2: two more within 7.5; wave 3: four more within 11.25 (max 12).
        var job = await PostJobAsync(Dispatcher(), site, b =>
        {
            b["broadcast_radius_miles"] = 5;
            b["escalation"] = new JsonObject { ["first_wave_size"] = 1, ["max_radius_miles"] = 12 };
        });
        Assert.That(job.GetProperty("notifications_sent").GetInt32(), Is.EqualTo(1));

        await using var db = await OpenDatabaseAsync();
        Assert.That(await Wait.UntilAsync(async () =>
            await db.ExecuteScalarAsync<int>("select count(*) from emergency_job_notifications where job_id = @Id", new { Id = Id(job) }) == 4,
            TimeSpan.FromSeconds(20)), Is.True);
        var waves = (await db.QueryAsync<(Guid, int)>(
            "select technician_user_id, wave from emergency_job_notifications where job_id = @Id", new { Id = Id(job) })).ToDictionary(r => r.Item1, r => r.Item2);
        Assert.That(waves[nearest.Sub], Is.EqualTo(1));
        Assert.That(waves[second.Sub], Is.EqualTo(2));
        Assert.That(waves[farther.Sub], Is.EqualTo(2));
        Assert.That(waves[farthest.Sub], Is.EqualTo(3));
        var recorded = (await db.QueryAsync<(int, double, int)>(
            "select wave, radius_miles, notified_count from emergency_job_waves where job_id = @Id order by wave", new { Id = Id(job) })).ToList();
        Assert.That(recorded.Select(w => w.Item1).Take(3), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(recorded[0].Item2, Is.LessThan(recorded[1].Item2));
        Assert.That(recorded.Take(3).Select(w => w.Item3), Is.EqualTo(new[] { 1, 2, 1 }));
    }

    [Test]
    public async Task No_further_wave_once_someone_answered_available()
    {
        var site = Spot();
        var first = await OnCallTechnicianAsync(North(site, 1));
        await OnCallTechnicianAsync(North(site, 2));
        var job = await PostJobAsync(Dispatcher(), site, b => b["escalation"] = new JsonObject { ["first_wave_size"] = 1, ["max_radius_miles"] = 20 });
        using (var response = await PostAsync(first, $"/api/v1/emergency-jobs/{Id(job)}/respond", new { available = true, eta_minutes = 20 }))
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(200));
        }

        await using var db = await OpenDatabaseAsync();
        Assert.That(await Wait.UntilAsync(async () =>
            await db.ExecuteScalarAsync<bool>("select next_wave_at is null from emergency_jobs where id = @Id", new { Id = Id(job) }),
            TimeSpan.FromSeconds(10)), Is.True);
        Assert.That(await db.ExecuteScalarAsync<int>("select count(*) from emergency_job_notifications where job_id = @Id", new { Id = Id(job) }), Is.EqualTo(1));
    }

    [Test]
    public async Task An_open_job_expires_and_its_notified_technicians_are_told()
    {
        var site = Spot();
        var technician = await OnCallTechnicianAsync(North(site, 1));
        var job = await PostJobAsync(Dispatcher(), site, b => b["expires_at"] = DateTimeOffset.UtcNow.AddSeconds(1).ToString("O"));

        await using var db = await OpenDatabaseAsync();
        Assert.That(await Wait.UntilAsync(async () =>
            await db.ExecuteScalarAsync<string>("select status from emergency_jobs where id = @Id", new { Id = Id(job) }) == "expired",
            TimeSpan.FromSeconds(10)), Is.True);
        Assert.That(await OutboxAsync("EmergencyJobExpired", Id(job)), Has.Count.EqualTo(1));
        var told = (await OutboxAsync("NotificationRequested", Id(job))).Where(n => n.GetProperty("kind").GetString() == "emergency_job_expired").ToList();
        Assert.That(told.Select(n => n.GetProperty("recipientUserId").GetGuid()), Is.EqualTo(new[] { technician.Sub }));
    }
}
