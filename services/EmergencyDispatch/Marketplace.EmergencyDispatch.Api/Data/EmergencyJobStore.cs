using Dapper;
using Marketplace.EmergencyDispatch.Api.Domain;
using Marketplace.ServiceDefaults.Identity;
using Npgsql;

namespace Marketplace.EmergencyDispatch.Api.Data;

/// <summary>
/// emergency_jobs and what hangs off them. Every change of status is a conditional UPDATE ... WHERE status = 'open'
/// in the caller's transaction: of two concurrent assigns, or an assign and a cancel, exactly one updates a row.
/// </summary>
public sealed class EmergencyJobStore(NpgsqlDataSource dataSource)
{
    public static Task<EmergencyJobRow> InsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, Guid organizationId, Guid postedBy, JobWrite job, DateTimeOffset now) =>
        connection.QuerySingleAsync<EmergencyJobRow>("""
            insert into emergency_jobs (
                id, organization_id, posted_by, title, description, job_category, site_name, address, city, state_province,
                country, postal_code, latitude, longitude, region, date_needed, time_start, time_end, estimated_hours,
                required_skills, required_certifications, equipment_context, pay_rate, pay_type, currency, overtime_rate,
                broadcast_radius_miles, visibility, network_ids, first_accept, first_wave_size, max_radius_miles, posted_at, expires_at)
            values (
                @Id, @OrganizationId, @PostedBy, @Title, @Description, @JobCategory, @SiteName, @Address, @City, @StateProvince,
                @Country, @PostalCode, @Latitude, @Longitude, @Region, @DateNeeded, @TimeStart, @TimeEnd, @EstimatedHours,
                @RequiredSkills, @RequiredCertifications, @EquipmentContext, @PayRate, @PayType, @Currency, @OvertimeRate,
                @BroadcastRadiusMiles, @Visibility, @NetworkIds, @FirstAccept, @FirstWaveSize, @MaxRadiusMiles, @Now, @ExpiresAt)
            returning *
            """,
            new
            {
                Id = id, OrganizationId = organizationId, PostedBy = postedBy, job.Title, job.Description, job.JobCategory, job.SiteName,
                job.Address, job.City, job.StateProvince, job.Country, job.PostalCode, job.Latitude, job.Longitude, job.Region,
                job.DateNeeded, job.TimeStart, job.TimeEnd, job.EstimatedHours, job.RequiredSkills, job.RequiredCertifications,
                job.EquipmentContext, job.PayRate, job.PayType, job.Currency, job.OvertimeRate, job.BroadcastRadiusMiles,
                job.Visibility, job.NetworkIds, job.FirstAccept, job.FirstWaveSize, job.MaxRadiusMiles, Now = now, job.ExpiresAt,
            },
            transaction);

    /// <summary>The job if the caller may see it (their organization's, or its visibility reaches them); otherwise null (404).</summary>
    public async Task<EmergencyJobRow?> GetVisibleAsync(Guid id, Caller caller, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<EmergencyJobRow>(new CommandDefinition($"""
            select * from emergency_jobs j
            where j.id = @Id and {VisibilityFilter.Sql}
            """, VisibilityFilter.Parameters(caller, new { Id = id }), cancellationToken: cancellationToken));
    }

    public async Task<(IReadOnlyList<NotificationRow> Notifications, IReadOnlyList<ResponseRow> Responses, IReadOnlyList<WaveRow> Waves)> DetailsAsync(
        Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var reader = await connection.QueryMultipleAsync(new CommandDefinition("""
            select * from emergency_job_notifications where job_id = @Id order by wave, rank;
            select r.*, coalesce(n.equipment_match, 0) as equipment_match
            from emergency_job_responses r
            left join emergency_job_notifications n on n.job_id = r.job_id and n.technician_user_id = r.technician_user_id
            where r.job_id = @Id
            order by r.available desc, coalesce(n.equipment_match, 0) desc, r.responded_at;
            select * from emergency_job_waves where job_id = @Id order by wave;
            """, new { Id = id }, cancellationToken: cancellationToken));
        var notifications = (await reader.ReadAsync<NotificationRow>()).AsList();
        var responses = (await reader.ReadAsync<ResponseRow>()).AsList();
        var waves = (await reader.ReadAsync<WaveRow>()).AsList();
        return (notifications, responses, waves);
    }

    /// <summary>The open job locked for a change, or null.</summary>
    public static Task<EmergencyJobRow?> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id) =>
        connection.QuerySingleOrDefaultAsync<EmergencyJobRow>(
            "select * from emergency_jobs where id = @Id for update", new { Id = id }, transaction);

    public static Task<bool> ExistsForOrganizationAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, Guid organizationId) =>
        connection.ExecuteScalarAsync<bool>(
            "select exists (select 1 from emergency_jobs where id = @Id and organization_id = @OrganizationId)",
            new { Id = id, OrganizationId = organizationId }, transaction);

    /// <summary>The caller's notice of the job, if they were notified and the job is (still) visible to them.</summary>
    public static Task<NotificationRow?> NotificationAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid jobId, Caller caller) =>
        connection.QuerySingleOrDefaultAsync<NotificationRow>($"""
            select n.* from emergency_job_notifications n
            join emergency_jobs j on j.id = n.job_id
            where n.job_id = @JobId and n.technician_user_id = @ViewerUserId and {VisibilityFilter.Sql}
            """, VisibilityFilter.Parameters(caller, new { JobId = jobId }), transaction);

    public static Task<ResponseRow?> ResponseAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid jobId, Guid userId) =>
        connection.QuerySingleOrDefaultAsync<ResponseRow>(
            "select * from emergency_job_responses where job_id = @JobId and technician_user_id = @UserId",
            new { JobId = jobId, UserId = userId }, transaction);

    /// <summary>Stores an answer once; false if this technician already answered.</summary>
    public static async Task<bool> InsertResponseAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid jobId, Guid userId, bool available, int? eta, string? message,
        DateTimeOffset at, double seconds)
    {
        var inserted = await connection.ExecuteAsync("""
            insert into emergency_job_responses (job_id, technician_user_id, available, eta_minutes, message, responded_at, response_seconds)
            values (@JobId, @UserId, @Available, @Eta, @Message, @At, @Seconds)
            on conflict do nothing
            """, new { JobId = jobId, UserId = userId, Available = available, Eta = eta, Message = message, At = at, Seconds = seconds }, transaction);
        if (inserted == 0)
        {
            return false;
        }

        await connection.ExecuteAsync("""
            update emergency_jobs set responses_count = responses_count + 1, first_response_at = coalesce(first_response_at, @At)
            where id = @JobId
            """, new { JobId = jobId, At = at }, transaction);
        return true;
    }

    /// <summary>open → filled for the given technician; null when the job was not open (someone else won).</summary>
    public static Task<EmergencyJobRow?> FillAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, Guid technicianId, DateTimeOffset at) =>
        connection.QuerySingleOrDefaultAsync<EmergencyJobRow>("""
            update emergency_jobs set status = 'filled', assigned_technician_id = @TechnicianId, filled_at = @At, next_wave_at = null
            where id = @Id and status = 'open'
            returning *
            """, new { Id = id, TechnicianId = technicianId, At = at }, transaction);

    public static Task<EmergencyJobRow?> CancelAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, Guid organizationId, string? reason, DateTimeOffset at) =>
        connection.QuerySingleOrDefaultAsync<EmergencyJobRow>("""
            update emergency_jobs set status = 'cancelled', cancelled_at = @At, cancel_reason = @Reason, next_wave_at = null
            where id = @Id and organization_id = @OrganizationId and status = 'open'
            returning *
            """, new { Id = id, OrganizationId = organizationId, Reason = reason, At = at }, transaction);

    /// <summary>Open jobs past their expiry, marked expired (one replica wins each row).</summary>
    public static async Task<IReadOnlyList<EmergencyJobRow>> ExpireDueAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset now, int limit) =>
        (await connection.QueryAsync<EmergencyJobRow>("""
            update emergency_jobs set status = 'expired', expired_at = @Now, next_wave_at = null
            where id in (select id from emergency_jobs where status = 'open' and expires_at <= @Now
                         order by expires_at limit @Limit for update skip locked)
            returning *
            """, new { Now = now, Limit = limit }, transaction)).AsList();

    /// <summary>Open jobs whose next escalation wave is due and which nobody has answered available, locked.</summary>
    public static async Task<IReadOnlyList<EmergencyJobRow>> DueForWaveAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset now, int limit) =>
        (await connection.QueryAsync<EmergencyJobRow>("""
            select * from emergency_jobs j
            where j.status = 'open' and j.next_wave_at <= @Now
            order by j.next_wave_at limit @Limit
            for update skip locked
            """, new { Now = now, Limit = limit }, transaction)).AsList();

    public static Task<bool> HasAvailableAnswerAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid jobId) =>
        connection.ExecuteScalarAsync<bool>(
            "select exists (select 1 from emergency_job_responses where job_id = @JobId and available)", new { JobId = jobId }, transaction);

    public static async Task<IReadOnlyList<(Guid UserId, string Channel)>> NotifiedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid jobId) =>
        (await connection.QueryAsync<(Guid, string)>(
            "select technician_user_id, channel from emergency_job_notifications where job_id = @JobId", new { JobId = jobId }, transaction)).AsList();

    /// <summary>Notices of one wave; only rows not already there are inserted, and those are returned (notify once).</summary>
    public static async Task<HashSet<Guid>> InsertNotificationsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid jobId, int wave, IReadOnlyList<RankedTechnician> ranked, DateTimeOffset at)
    {
        var inserted = await connection.QueryAsync<Guid>("""
            insert into emergency_job_notifications (job_id, technician_user_id, wave, rank, distance_miles, channel, reason, equipment_match, notified_at)
            select @JobId, t.user_id, @Wave, t.rank, t.distance, t.channel, t.reason, t.equipment_match, @At
            from unnest(@UserIds, @Ranks, @Distances, @Channels, @Reasons, @EquipmentMatches)
                as t(user_id, rank, distance, channel, reason, equipment_match)
            on conflict do nothing
            returning technician_user_id
            """,
            new
            {
                JobId = jobId, Wave = wave, At = at,
                UserIds = ranked.Select(r => r.Technician.UserId).ToArray(),
                Ranks = ranked.Select(r => r.Rank).ToArray(),
                Distances = ranked.Select(r => r.DistanceMiles).ToArray(),
                Channels = ranked.Select(r => r.Technician.NotificationMethod).ToArray(),
                Reasons = ranked.Select(r => r.Reason).ToArray(),
                EquipmentMatches = ranked.Select(r => r.EquipmentMatch).ToArray(),
            },
            transaction);
        return inserted.ToHashSet();
    }

    public static Task RecordWaveAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid jobId, int wave, double radius, int? sizeLimit, int notified,
        DateTimeOffset at, DateTimeOffset? nextWaveAt) =>
        connection.ExecuteAsync("""
            insert into emergency_job_waves (job_id, wave, radius_miles, size_limit, notified_count, started_at)
            values (@JobId, @Wave, @Radius, @SizeLimit, @Notified, @At)
            on conflict do nothing;
            update emergency_jobs
            set current_wave = @Wave, current_radius_miles = @Radius, notifications_sent = notifications_sent + @Notified,
                next_wave_at = @NextWaveAt
            where id = @JobId;
            """, new { JobId = jobId, Wave = wave, Radius = radius, SizeLimit = sizeLimit, Notified = notified, At = at, NextWaveAt = nextWaveAt },
            transaction);

    /// <summary>Open jobs near a point that the caller may see, nearest first.</summary>
    public async Task<(IReadOnlyList<EmergencyJobRow> Items, long Total)> NearAsync(
        double latitude, double longitude, double radiusMiles, string[]? categories, DateOnly? date, Caller caller,
        int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var parameters = VisibilityFilter.Parameters(caller, new
        {
            Lat = latitude, Lng = longitude, Meters = radiusMiles * 1609.344, Categories = categories, Date = date,
            Offset = (long)(page - 1) * pageSize, Limit = pageSize,
        });
        const string filter = $"""
            from emergency_jobs j
            where j.status = 'open'
              and earth_box(ll_to_earth(@Lat, @Lng), @Meters) @> ll_to_earth(j.latitude, j.longitude)
              and earth_distance(ll_to_earth(@Lat, @Lng), ll_to_earth(j.latitude, j.longitude)) <= @Meters
              and (@Categories::text[] is null or j.job_category = any(@Categories::text[]))
              and (@Date::date is null or j.date_needed = @Date::date)
              and {VisibilityFilter.Sql}
            """;
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"select count(*) {filter}", parameters, cancellationToken: cancellationToken));
        var items = await connection.QueryAsync<EmergencyJobRow>(new CommandDefinition($"""
            select j.*, earth_distance(ll_to_earth(@Lat, @Lng), ll_to_earth(j.latitude, j.longitude)) / 1609.344 as distance_miles
            {filter}
            order by distance_miles, j.posted_at desc, j.id
            offset @Offset limit @Limit
            """, parameters, cancellationToken: cancellationToken));
        return (items.AsList(), total);
    }
}
