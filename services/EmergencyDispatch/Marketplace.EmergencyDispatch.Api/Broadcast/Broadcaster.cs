using Marketplace.Contracts.EmergencyDispatch;
using Marketplace.Contracts.Notifications;
using Marketplace.EmergencyDispatch.Api.Data;
using Marketplace.EmergencyDispatch.Api.Domain;
using Marketplace.EmergencyDispatch.Api.Extensions;
using Marketplace.EmergencyDispatch.Api.Geo;
using Marketplace.ServiceDefaults.Outbox;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Marketplace.EmergencyDispatch.Api.Broadcast;

/// <summary>
/// One broadcast wave of a job, inside the caller's transaction: the GEO search for the wave's radius, the
/// qualification filter, the ranking, the notices (each technician once per job: the primary key decides), the
/// rotation bookkeeping, the wave's record, and TechnicianNotified plus NotificationRequested for every technician told.
/// </summary>
public sealed class Broadcaster(TechnicianGeoIndex index, IOptions<DispatchOptions> options)
{
    public const string Source = "emergency-dispatch";

    public async Task<WaveResult> RunWaveAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, EmergencyJobRow job, int wave, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var radius = WavePlan.Radius(wave, job.BroadcastRadiusMiles, job.MaxRadiusMiles);
        var limit = WavePlan.SizeLimit(wave, job.FirstWaveSize);
        var near = await index.SearchAsync(job.Latitude, job.Longitude, radius, cancellationToken);
        var distances = new Dictionary<Guid, double>(near.Count);
        foreach (var (userId, distance) in near)
        {
            distances[userId] = distance;
        }

        var rows = distances.Count == 0
            ? []
            : await AvailabilityStore.UnnotifiedCandidatesAsync(connection, transaction, job, distances.Keys.ToArray());
        var requirements = JobSnapshots.Requirements(job);
        var qualified = rows
            .Select(t => (Technician: t, DistanceMiles: distances[t.UserId]))
            .Where(q => TechnicianQualification.WhyNot(requirements, q.Technician, q.DistanceMiles, now) is null);
        var ranked = NotificationRanking.Rank(qualified, job.RequiredSkills, job.EquipmentContext);
        var chosen = limit is { } l && ranked.Count > l ? ranked.Take(l).ToList() : ranked;
        var chosenWithWave = chosen.Select(r => r with { Reason = $"wave {wave} ({radius:0.#} mi): {r.Reason}" }).ToList();

        var inserted = await EmergencyJobStore.InsertNotificationsAsync(connection, transaction, job.Id, wave, chosenWithWave, now);
        var told = chosenWithWave.Where(r => inserted.Contains(r.Technician.UserId)).ToList();
        var toldIds = told.Select(r => r.Technician.UserId).ToArray();
        if (toldIds.Length > 0)
        {
            await AvailabilityStore.MarkNotifiedAsync(connection, transaction, toldIds, now);
        }

        var hasNext = WavePlan.HasNext(wave, job.BroadcastRadiusMiles, job.MaxRadiusMiles, job.FirstWaveSize, limitReached: ranked.Count > chosen.Count);
        var nextWaveAt = hasNext ? now + options.Value.WaveInterval : (DateTimeOffset?)null;
        await EmergencyJobStore.RecordWaveAsync(connection, transaction, job.Id, wave, radius, limit, told.Count, now, nextWaveAt);

        await Outbox.EnqueueAllAsync(connection, transaction, told.Select(r => new TechnicianNotified(
            Guid.NewGuid(), now, job.Id, r.Technician.UserId, wave, Math.Round(r.DistanceMiles, 2), r.Technician.NotificationMethod)).ToList(), cancellationToken);
        await Outbox.EnqueueAllAsync(connection, transaction, told.Select(r => Nearby(job, r, now)).ToList(), cancellationToken);
        return new WaveResult(wave, radius, toldIds, nextWaveAt);
    }

    private static NotificationRequested Nearby(EmergencyJobRow job, RankedTechnician r, DateTimeOffset now) => new(
        Guid.NewGuid(), now, Source, r.Technician.UserId, r.Technician.NotificationMethod, "emergency_job_nearby",
        $"Emergency: {job.Title}",
        $"{job.Title} — {job.SiteName ?? job.City ?? "nearby"}, {r.DistanceMiles:0.0} mi away, {job.PayRate} {job.Currency} ({job.PayType}).",
        new Dictionary<string, string>
        {
            ["job_id"] = job.Id.ToString(),
            ["job_category"] = job.JobCategory,
            ["distance_miles"] = r.DistanceMiles.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture),
        },
        $"{Source}:{job.Id}:{r.Technician.UserId}:emergency_job_nearby");

    /// <summary>Tells everyone who was notified of a job that it is filled, cancelled or expired.</summary>
    public static Task TellNotifiedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, EmergencyJobRow job, IReadOnlyList<(Guid UserId, string Channel)> notified,
        string kind, string subject, DateTimeOffset now, CancellationToken cancellationToken) =>
        Outbox.EnqueueAllAsync(connection, transaction, notified.Select(n => new NotificationRequested(
            Guid.NewGuid(), now, Source, n.UserId, n.Channel, kind, subject, $"{job.Title}: {subject.ToLowerInvariant()}.",
            new Dictionary<string, string> { ["job_id"] = job.Id.ToString() },
            $"{Source}:{job.Id}:{n.UserId}:{kind}")).ToList(), cancellationToken);
}
