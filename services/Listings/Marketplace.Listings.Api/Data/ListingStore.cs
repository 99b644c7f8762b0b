using Dapper;
using Marketplace.Listings.Api.Domain;
using Marketplace.ServiceDefaults.Http;
using Marketplace.ServiceDefaults.Identity;
using Npgsql;

namespace Marketplace.Listings.Api.Data;

/// <summary>The SQL of the listing lifecycle. Reads enforce visibility in their WHERE clause; writes are scoped to the owner.</summary>
public sealed class ListingStore(NpgsqlDataSource dataSource)
{
    public async Task InsertDraftAsync(ListingWrite listing, Caller caller, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var parameters = new DynamicParameters(listing);
        parameters.AddDynamicParams(new
        {
            OrganizationId = caller.OrganizationId,
            CreatedBy = caller.UserId,
            CallerNetworkIds = caller.NetworkIds.ToArray(),
            CallerRegion = caller.Region,
        });
        await connection.ExecuteAsync(new CommandDefinition("""
            insert into job_listings (
                id, organization_id, created_by, title, description, job_category, trade, job_type, visibility,
                visibility_cascade, network_ids, region, experience_level, required_certifications, preferred_certifications,
                required_skills, preferred_skills, required_licenses, manufacturer_experience, equipment_types, location_type,
                address, city, state_province, country, postal_code, latitude, longitude, travel_required, travel_percentage,
                relocation_offered, compensation_type, salary_min, salary_max, currency, show_compensation, schedule_type,
                hours_per_week, shift, start_date, end_date, duration_weeks, urgency, application_deadline, expires_at,
                auto_renew, positions_available, positions_filled, featured, contact_name, contact_email, contact_phone, organization_name,
                match_keywords, status, embedding, embedding_model)
            values (
                @Id, @OrganizationId, @CreatedBy, @Title, @Description, @JobCategory, @Trade, @JobType, @Visibility,
                @VisibilityCascade::jsonb, @CallerNetworkIds, @CallerRegion, @ExperienceLevel, @RequiredCertifications,
                @PreferredCertifications, @RequiredSkills, @PreferredSkills, @RequiredLicenses, @ManufacturerExperience,
                @EquipmentTypes, @LocationType, @Address, @City, @StateProvince, @Country, @PostalCode, @Latitude, @Longitude,
                @TravelRequired, @TravelPercentage, @RelocationOffered, @CompensationType, @SalaryMin, @SalaryMax, @Currency,
                @ShowCompensation, @ScheduleType, @HoursPerWeek, @Shift, @StartDate::date, @EndDate::date, @DurationWeeks,
                @Urgency, @ApplicationDeadline, @ExpiresAt, @AutoRenew, @PositionsAvailable, @PositionsFilled, @Featured,
                @ContactName, @ContactEmail, @ContactPhone, @OrganizationName, @MatchKeywords, 'draft', @Embedding, @EmbeddingModel)
            """, parameters, cancellationToken: cancellationToken));
    }

    /// <summary>The listing if <paramref name="caller"/> may see it: their organization's own, or published and visible to them.</summary>
    public async Task<ListingRow?> GetVisibleAsync(Guid id, Caller caller, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var parameters = new DynamicParameters(VisibilityFilter.Parameters(caller));
        parameters.Add("Id", id);
        return await connection.QuerySingleOrDefaultAsync<ListingRow>(new CommandDefinition($"""
            select {ListingRow.Columns}
            from job_listings l
            where l.id = @Id
              and {VisibilityFilter.PublishedOrOwnSql}
              and {VisibilityFilter.Sql}
            """, parameters, cancellationToken: cancellationToken));
    }

    /// <summary>The organization's own listing, locked for the rest of the transaction; null when missing or not theirs.</summary>
    public static Task<ListingRow?> LockOwnedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, Guid organizationId) =>
        connection.QuerySingleOrDefaultAsync<ListingRow>($"""
            select {ListingRow.Columns}
            from job_listings l
            where l.id = @Id and l.organization_id = @OrganizationId
            for update
            """, new { Id = id, OrganizationId = organizationId }, transaction);

    public static Task UpdateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ListingWrite listing) =>
        connection.ExecuteAsync("""
            update job_listings set
                title = @Title, description = @Description, job_category = @JobCategory, trade = @Trade, job_type = @JobType,
                visibility = @Visibility, visibility_cascade = @VisibilityCascade::jsonb, experience_level = @ExperienceLevel,
                required_certifications = @RequiredCertifications, preferred_certifications = @PreferredCertifications,
                required_skills = @RequiredSkills, preferred_skills = @PreferredSkills, required_licenses = @RequiredLicenses,
                manufacturer_experience = @ManufacturerExperience, equipment_types = @EquipmentTypes, location_type = @LocationType,
                address = @Address, city = @City, state_province = @StateProvince, country = @Country, postal_code = @PostalCode,
                latitude = @Latitude, longitude = @Longitude, travel_required = @TravelRequired, travel_percentage = @TravelPercentage,
                relocation_offered = @RelocationOffered, compensation_type = @CompensationType, salary_min = @SalaryMin,
                salary_max = @SalaryMax, currency = @Currency, show_compensation = @ShowCompensation, schedule_type = @ScheduleType,
                hours_per_week = @HoursPerWeek, shift = @Shift, start_date = @StartDate::date, end_date = @EndDate::date,
                duration_weeks = @DurationWeeks, urgency = @Urgency, application_deadline = @ApplicationDeadline,
                expires_at = coalesce(@ExpiresAt, expires_at), auto_renew = @AutoRenew, positions_available = @PositionsAvailable,
                contact_name = @ContactName, contact_email = @ContactEmail, organization_name = @OrganizationName,
                contact_phone = @ContactPhone, match_keywords = @MatchKeywords, embedding = @Embedding, embedding_model = @EmbeddingModel,
                updated_at = now()
            where id = @Id
            """, listing, transaction);

    /// <summary>
    /// Moves the listing to <paramref name="to"/>, stamping the lifecycle times; a publish starts the expiry clock
    /// (the listing's own expires_at if it is still ahead, else 30 days). Returns the row after the change.
    /// </summary>
    public static Task<ListingRow> MoveAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, ListingStatus to, string? reason) =>
        connection.QuerySingleAsync<ListingRow>($"""
            update job_listings l set
                status = @To,
                published_at = case when @To = 'active' then coalesce(l.published_at, now()) else l.published_at end,
                expires_at = case when @To = 'active' and (l.expires_at is null or l.expires_at <= now())
                                  then now() + make_interval(days => l.renewal_days) else l.expires_at end,
                filled_at = case when @To = 'filled' then now() else l.filled_at end,
                positions_filled = case when @To = 'filled' then l.positions_available else l.positions_filled end,
                closed_at = case when @To in ('closed', 'filled', 'expired') then now() else l.closed_at end,
                close_reason = case when @To = 'closed' then @Reason else l.close_reason end,
                updated_at = now()
            where l.id = @Id
            returning {ListingRow.Columns}
            """, new { Id = id, To = SnakeCase.Of(to), Reason = reason }, transaction);

    /// <summary>The organization's own listings (drafts included), newest first, optionally of one status.</summary>
    public async Task<(IReadOnlyList<ListingRow> Rows, long Total)> ListOwnedAsync(
        Guid organizationId, ListingStatus? status, PageRequest page, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var parameters = new
        {
            OrganizationId = organizationId,
            Status = status is { } s ? SnakeCase.Of(s) : null,
            page.Limit,
            page.Offset,
        };
        const string owned = "from job_listings l where l.organization_id = @OrganizationId and l.source_platform is null and (@Status::text is null or l.status = @Status)";
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"select count(*) {owned}", parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<ListingRow>(new CommandDefinition($"""
            select {ListingRow.Columns}
            {owned}
            order by l.created_at desc, l.id
            limit @Limit offset @Offset
            """, parameters, cancellationToken: cancellationToken));
        return (rows.ToList(), total);
    }

    /// <summary>Deletes the organization's own draft; false when it is not a draft, not theirs or missing.</summary>
    public async Task<bool> DeleteOwnedDraftAsync(Guid id, Guid organizationId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "delete from job_listings where id = @Id and organization_id = @OrganizationId and status = 'draft' and source_platform is null",
            new { Id = id, OrganizationId = organizationId }, cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>
    /// Counts a view of a listing the caller may see: a signed-in viewer once per listing per (UTC) day, however
    /// often they open it (issue #9, item 7); anonymous views are counted each time.
    /// </summary>
    public async Task RecordViewAsync(Guid id, Caller caller, ViewSource source, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            with viewed as (
                insert into job_views (listing_id, viewer_id, source)
                select id, @ViewerId, @Source from job_listings where id = @Id
                on conflict (listing_id, viewer_id, viewed_on) where viewer_id is not null do nothing
                returning listing_id
            )
            update job_listings set view_count = view_count + 1 where id in (select listing_id from viewed)
            """, new { Id = id, ViewerId = caller.UserId, Source = SnakeCase.Of(source) }, cancellationToken: cancellationToken));
    }
}
