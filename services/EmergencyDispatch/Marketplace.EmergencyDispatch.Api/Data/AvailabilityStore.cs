using Dapper;
using Marketplace.EmergencyDispatch.Api.Domain;
using Marketplace.ServiceDefaults.Identity;
using Npgsql;

namespace Marketplace.EmergencyDispatch.Api.Data;

/// <summary>technician_availability: the technician's own record, the rows a broadcast qualifies, and their metrics.</summary>
public sealed class AvailabilityStore(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Saves the caller's availability with the claims a broadcast decides visibility by (organization, contractor
    /// networks, region, verified), captured from their token now: a broadcast has no token of the technicians it qualifies.
    /// </summary>
    public async Task<TechnicianRow> UpsertAsync(Caller caller, AvailabilityWrite write, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleAsync<TechnicianRow>(new CommandDefinition("""
            insert into technician_availability (
                user_id, organization_id, network_ids, region, verified, available_for_emergency, available_for_temp, available_for_subcontract,
                available_days, available_hours_start, available_hours_end, timezone, service_radius_miles, home_latitude,
                home_longitude, postal_code, willing_to_travel, min_hourly_rate, min_daily_rate, currency, trades, skills,
                certifications, equipment_experience, manufacturers, notify_emergency, notify_temp, notify_subcontract,
                notification_method, is_active, updated_at)
            values (
                @UserId, @OrganizationId, @NetworkIds, @Region, @Verified, @AvailableForEmergency, @AvailableForTemp, @AvailableForSubcontract,
                @AvailableDays, @AvailableHoursStart, @AvailableHoursEnd, @Timezone, @ServiceRadiusMiles, @HomeLatitude,
                @HomeLongitude, @PostalCode, @WillingToTravel, @MinHourlyRate, @MinDailyRate, @Currency, @Trades, @Skills,
                @CertificationsJson::jsonb, @EquipmentExperience, @Manufacturers, @NotifyEmergency, @NotifyTemp, @NotifySubcontract,
                @NotificationMethod, @IsActive, now())
            on conflict (user_id) do update set
                organization_id = excluded.organization_id, network_ids = excluded.network_ids, region = excluded.region,
                verified = excluded.verified,
                available_for_emergency = excluded.available_for_emergency, available_for_temp = excluded.available_for_temp,
                available_for_subcontract = excluded.available_for_subcontract, available_days = excluded.available_days,
                available_hours_start = excluded.available_hours_start, available_hours_end = excluded.available_hours_end,
                timezone = excluded.timezone, service_radius_miles = excluded.service_radius_miles,
                home_latitude = excluded.home_latitude, home_longitude = excluded.home_longitude, postal_code = excluded.postal_code,
                willing_to_travel = excluded.willing_to_travel, min_hourly_rate = excluded.min_hourly_rate,
                min_daily_rate = excluded.min_daily_rate, currency = excluded.currency, trades = excluded.trades,
                skills = excluded.skills, certifications = excluded.certifications,
                equipment_experience = excluded.equipment_experience, manufacturers = excluded.manufacturers,
                notify_emergency = excluded.notify_emergency, notify_temp = excluded.notify_temp,
                notify_subcontract = excluded.notify_subcontract, notification_method = excluded.notification_method,
                is_active = excluded.is_active, updated_at = now()
            returning *
            """,
            new
            {
                UserId = caller.UserId, caller.OrganizationId, NetworkIds = caller.NetworkIds.ToArray(), caller.Region, caller.Verified,
                write.AvailableForEmergency, write.AvailableForTemp,
                write.AvailableForSubcontract, write.AvailableDays, write.AvailableHoursStart, write.AvailableHoursEnd, write.Timezone,
                write.ServiceRadiusMiles, write.HomeLatitude, write.HomeLongitude, write.PostalCode, write.WillingToTravel,
                write.MinHourlyRate, write.MinDailyRate, write.Currency, write.Trades, write.Skills, write.CertificationsJson,
                write.EquipmentExperience, write.Manufacturers, write.NotifyEmergency, write.NotifyTemp, write.NotifySubcontract,
                write.NotificationMethod, write.IsActive,
            },
            cancellationToken: cancellationToken));
    }

    public async Task<TechnicianRow?> GetAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<TechnicianRow>(new CommandDefinition(
            "select * from technician_availability where user_id = @UserId", new { UserId = userId }, cancellationToken: cancellationToken));
    }

    /// <summary>Switches one kind of work on or off; null when the technician has no availability yet.</summary>
    public async Task<TechnicianRow?> ToggleAsync(Guid userId, AvailableType type, bool available, CancellationToken cancellationToken)
    {
        // The column is chosen from the enum, never from the request's text.
        var column = type switch
        {
            AvailableType.Emergency => "available_for_emergency",
            AvailableType.Temp => "available_for_temp",
            _ => "available_for_subcontract",
        };
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<TechnicianRow>(new CommandDefinition(
            $"update technician_availability set {column} = @Available, updated_at = now() where user_id = @UserId returning *",
            new { UserId = userId, Available = available }, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// The rows of the given technicians that have not yet been told of the job, pass the cheap yes/no criteria
    /// (active, on call for emergencies, wanting emergency notices, holding the trade) and may see the job by its
    /// visibility (<c>emergency_job_visible</c> over the claims stored on their profile: enforced here, in SQL), with
    /// only the columns the qualification and ranking read: a broadcast loads thousands of them. TechnicianQualification
    /// checks the rest.
    /// </summary>
    public static async Task<IReadOnlyList<TechnicianRow>> UnnotifiedCandidatesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, EmergencyJobRow job, Guid[] userIds)
    {
        var rows = await connection.QueryAsync<TechnicianRow>("""
            select t.user_id, t.organization_id, t.region, t.is_active, t.available_for_emergency, t.notify_emergency,
                   t.available_days, t.available_hours_start, t.available_hours_end, t.timezone, t.service_radius_miles,
                   t.willing_to_travel, t.min_hourly_rate, t.min_daily_rate, t.currency, t.trades, t.skills,
                   case when @NeedsCertifications then t.certifications::text else '[]' end as certifications,
                   case when @HasEquipment then t.equipment_experience else '{}' end as equipment_experience,
                   case when @HasEquipment then t.manufacturers else '{}' end as manufacturers,
                   t.notification_method, t.last_notified_at, t.notifications_received, t.responses_count
            from technician_availability t
            where t.user_id = any(@UserIds)
              and t.is_active and t.available_for_emergency and t.notify_emergency
              and @JobCategory = any(t.trades)
              and emergency_job_visible(@Visibility, @OrganizationId, @NetworkIds, @Region, @JobCategory,
                                        t.organization_id, t.network_ids, t.region, t.trades, t.verified)
              and not exists (select 1 from emergency_job_notifications n where n.job_id = @JobId and n.technician_user_id = t.user_id)
            """,
            new
            {
                UserIds = userIds, JobId = job.Id, job.JobCategory, job.Visibility, job.OrganizationId, job.NetworkIds, job.Region,
                NeedsCertifications = job.RequiredCertifications.Length > 0, HasEquipment = !string.IsNullOrWhiteSpace(job.EquipmentContext),
            },
            transaction);
        return rows.AsList();
    }

    /// <summary>Every technician's home, for rebuilding the GEO index.</summary>
    public async Task<IReadOnlyList<(Guid UserId, double Latitude, double Longitude)>> LocationsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(Guid, double, double)>(new CommandDefinition(
            "select user_id, home_latitude, home_longitude from technician_availability", cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>The GEO search done in PostgreSQL, for when Redis cannot answer.</summary>
    public async Task<IReadOnlyList<(Guid UserId, double DistanceMiles)>> NearAsync(double latitude, double longitude, double radiusMiles, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(Guid, double)>(new CommandDefinition("""
            select user_id, earth_distance(ll_to_earth(@Lat, @Lng), ll_to_earth(home_latitude, home_longitude)) / 1609.344
            from technician_availability
            where earth_box(ll_to_earth(@Lat, @Lng), @Meters) @> ll_to_earth(home_latitude, home_longitude)
              and earth_distance(ll_to_earth(@Lat, @Lng), ll_to_earth(home_latitude, home_longitude)) <= @Meters
            """, new { Lat = latitude, Lng = longitude, Meters = radiusMiles * 1609.344 }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>Rotation and reliability bookkeeping for the technicians just told.</summary>
    public static Task MarkNotifiedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid[] userIds, DateTimeOffset at) =>
        connection.ExecuteAsync("""
            update technician_availability
            set last_notified_at = @At, notifications_received = notifications_received + 1
            where user_id = any(@UserIds)
            """, new { UserIds = userIds, At = at }, transaction);

    public static Task RecordResponseAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid userId, double seconds) =>
        connection.ExecuteAsync("""
            update technician_availability
            set responses_count = responses_count + 1, total_response_seconds = total_response_seconds + @Seconds
            where user_id = @UserId
            """, new { UserId = userId, Seconds = seconds }, transaction);
}
