using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Marketplace.EmergencyDispatch.Api.Broadcast;
using Marketplace.EmergencyDispatch.Api.Data;
using Marketplace.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StackExchange.Redis;

namespace Marketplace.EmergencyDispatch.Tests.Functional;

public sealed class BroadcastTests : DispatchFixture
{
    [Test]
    public async Task Posting_notifies_only_the_qualified_technicians_once_each_through_the_outbox()
    {
        var site = Spot();
        var qualified = await OnCallTechnicianAsync(North(site, 2));
        var criteria = new Dictionary<string, Action<JsonObject>>
        {
            ["inactive"] = b => b["is_active"] = false,
            ["not on call for emergencies"] = b => b["available_for_emergency"] = false,
            ["emergency notices off"] = b => b["notify_emergency"] = false,
            ["other trade"] = b => b["trades"] = new JsonArray("plumber"),
            ["no certification"] = b => b["certifications"] = new JsonArray(),
            ["expired certification"] = b => b["certifications"] = new JsonArray(new JsonObject { ["name"] = "QEI", ["expires_on"] = "2020-01-01" }),
            ["rate above pay"] = b => b["min_hourly_rate"] = 90,
            ["own radius too small"] = b => b["service_radius_miles"] = 1,
            ["off duty today"] = b => b["available_days"] = new JsonArray(OtherDay()),
        };
        var excluded = new List<Guid>();
        foreach (var change in criteria.Values)
        {
            excluded.Add((await OnCallTechnicianAsync(North(site, 2), change)).Sub);
        }

        var beyondJobRadius = await OnCallTechnicianAsync(North(site, 15));
        var job = await PostJobAsync(Dispatcher(), site);

        Assert.That(job.GetProperty("notifications_sent").GetInt32(), Is.EqualTo(1));
        var notified = await OutboxAsync("TechnicianNotified", Id(job));
        Assert.That(notified.Select(n => n.GetProperty("technicianUserId").GetGuid()), Is.EqualTo(new[] { qualified.Sub }));
        Assert.That(notified[0].GetProperty("channel").GetString(), Is.EqualTo("sms"));
        var requested = await OutboxAsync("NotificationRequested", Id(job));
        Assert.That(requested, Has.Count.EqualTo(1));
        Assert.That(requested[0].GetProperty("source").GetString(), Is.EqualTo("emergency-dispatch"));
        Assert.That(requested[0].GetProperty("channel").GetString(), Is.EqualTo("sms"));
        Assert.That(requested[0].GetProperty("deduplicationKey").GetString(), Is.EqualTo($"emergency-dispatch:{Id(job)}:{qualified.Sub}:emergency_job_nearby"));
        Assert.That(await OutboxAsync("EmergencyJobPosted", Id(job)), Has.Count.EqualTo(1));
        Assert.That(excluded, Has.None.EqualTo(beyondJobRadius.Sub));
    }

    [Test]
    public async Task Running_a_wave_again_notifies_nobody_twice()
    {
        var site = Spot();
        await OnCallTechnicianAsync(North(site, 1));
        await OnCallTechnicianAsync(North(site, 3));
        var job = await PostJobAsync(Dispatcher(), site);
        Assert.That(job.GetProperty("notifications_sent").GetInt32(), Is.EqualTo(2));

        // A retried or concurrent wave (another replica's worker, a redelivered request) finds the notices already there.
        var broadcaster = Service.Services.GetRequiredService<Broadcaster>();
        var dataSource = Service.Services.GetRequiredService<NpgsqlDataSource>();
        await using (var connection = await dataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            var row = await EmergencyJobStore.LockAsync(connection, transaction, Id(job));
            var again = await broadcaster.RunWaveAsync(connection, transaction, row!, 1, DateTimeOffset.UtcNow, CancellationToken.None);
            await transaction.CommitAsync();
            Assert.That(again.Notified, Is.Empty);
        }

        Assert.That(await OutboxAsync("TechnicianNotified", Id(job)), Has.Count.EqualTo(2));
        await using var db = await OpenDatabaseAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("select count(*) from emergency_job_notifications where job_id = @Id", new { Id = Id(job) }), Is.EqualTo(2));
    }

    [Test]
    public async Task The_geo_index_is_rebuilt_from_postgresql_when_redis_loses_it()
    {
        var site = Spot();
        var technician = await OnCallTechnicianAsync(North(site, 2));
        var redis = await ConnectionMultiplexer.ConnectAsync((await TestInfrastructure.GetAsync()).RedisConnectionString);
        var db = redis.GetDatabase();
        await db.KeyDeleteAsync([$"{RedisPrefix}:technicians:geo", $"{RedisPrefix}:technicians:geo:built"]);

        var job = await PostJobAsync(Dispatcher(), site);

        Assert.That(job.GetProperty("notifications_sent").GetInt32(), Is.EqualTo(1));
        Assert.That((await OutboxAsync("TechnicianNotified", Id(job)))[0].GetProperty("technicianUserId").GetGuid(), Is.EqualTo(technician.Sub));
        Assert.That(await db.KeyExistsAsync($"{RedisPrefix}:technicians:geo"), Is.True);
        await redis.DisposeAsync();
    }

    [Test]
    public async Task Fair_rotation_spreads_first_notices_over_equally_qualified_technicians()
    {
        var site = Spot();
        var technicians = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            technicians.Add((await OnCallTechnicianAsync(North(site, 1))).Sub);
        }

        var dispatcher = Dispatcher();
        for (var j = 0; j < 6; j++)
        {
            await PostJobAsync(dispatcher, site, b => b["escalation"] = new JsonObject { ["first_wave_size"] = 1, ["max_radius_miles"] = 10 });
        }

        await using var db = await OpenDatabaseAsync();
        var counts = (await db.QueryAsync<(Guid, long)>(
            "select technician_user_id, count(*) from emergency_job_notifications where technician_user_id = any(@Ids) group by 1",
            new { Ids = technicians.ToArray() })).ToDictionary(r => r.Item1, r => r.Item2);
        Assert.That(technicians.Select(t => counts.GetValueOrDefault(t)), Is.All.EqualTo(2), "each of three gets two of six first notices");
        var reason = await db.ExecuteScalarAsync<string>(
            "select reason from emergency_job_notifications where technician_user_id = @Id order by notified_at desc limit 1", new { Id = technicians[0] });
        Assert.That(reason, Does.Contain("wave 1").And.Contain("rotation: last notified"));
    }

    private static string OtherDay() =>
        Marketplace.EmergencyDispatch.Api.Domain.Weekdays.Of(
            TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Chicago")).AddDays(1).DayOfWeek);
}
