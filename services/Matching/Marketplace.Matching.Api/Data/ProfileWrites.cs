using Dapper;
using Marketplace.Contracts.Applications;
using Marketplace.Contracts.Matching;
using Marketplace.ServiceDefaults.Outbox;
using Npgsql;

namespace Marketplace.Matching.Api.Data;

/// <summary>Profile and candidate writes. Every write marks the profile for re-embedding and re-matching (needs_match).</summary>
public static class ProfileWrites
{
    private const string Values = """
        first_name = @FirstName, last_name = @LastName, email = @Email, phone = @Phone, current_title = @CurrentTitle,
        summary = @Summary, skills = @Skills, certifications = @CertificationsJson::jsonb, licenses = @Licenses,
        manufacturers = @Manufacturers, equipment = @Equipment, years_experience = @YearsExperience, city = @City,
        state_province = @StateProvince, country = @Country, postal_code = @PostalCode, latitude = @Latitude,
        longitude = @Longitude, service_radius_miles = @ServiceRadiusMiles, willing_to_travel = @WillingToTravel,
        willing_to_relocate = @WillingToRelocate, pay_min = @PayMin, pay_max = @PayMax, pay_type = @PayType, pay_text = @PayText,
        preferred_roles = @PreferredRoles, preferred_locations = @PreferredLocations, job_types = @JobTypes,
        discoverable = @Discoverable, status = @Status, notification_channel = @NotificationChannel,
        needs_match = true, updated_at = now()
        """;

    private const string Columns = """
        first_name, last_name, email, phone, current_title, summary, skills, certifications, licenses, manufacturers, equipment,
        years_experience, city, state_province, country, postal_code, latitude, longitude, service_radius_miles, willing_to_travel,
        willing_to_relocate, pay_min, pay_max, pay_type, pay_text, preferred_roles, preferred_locations, job_types, discoverable,
        status, notification_channel
        """;

    private const string Parameters = """
        @FirstName, @LastName, @Email, @Phone, @CurrentTitle, @Summary, @Skills, @CertificationsJson::jsonb, @Licenses, @Manufacturers,
        @Equipment, @YearsExperience, @City, @StateProvince, @Country, @PostalCode, @Latitude, @Longitude, @ServiceRadiusMiles,
        @WillingToTravel, @WillingToRelocate, @PayMin, @PayMax, @PayType, @PayText, @PreferredRoles, @PreferredLocations, @JobTypes,
        @Discoverable, @Status, @NotificationChannel
        """;

    /// <summary>Creates or replaces the caller's own profile (version + 1) and publishes CandidateProfileUpdated in the same transaction.</summary>
    public static async Task<ProfileRow> UpsertOwnAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid userId, Guid? organizationId, ProfileWrite write, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(write);
        parameters.AddDynamicParams(new { Id = Guid.CreateVersion7(), UserId = userId, OrganizationId = organizationId });
        var id = await connection.ExecuteScalarAsync<Guid>(new CommandDefinition($"""
            insert into candidate_profiles (id, user_id, organization_id, kind, {Columns})
            values (@Id, @UserId, @OrganizationId, 'job_seeker', {Parameters})
            on conflict (user_id) do update set {Values}, organization_id = excluded.organization_id,
                version = candidate_profiles.version + 1
            returning id
            """, parameters, transaction, cancellationToken: cancellationToken));
        var row = await connection.QuerySingleAsync<ProfileRow>(new CommandDefinition(
            $"select {ProfileRow.Columns} from candidate_profiles p where p.id = @Id", new { Id = id }, transaction, cancellationToken: cancellationToken));
        await Outbox.EnqueueAsync(connection, transaction, new CandidateProfileUpdated(
            Guid.CreateVersion7(), clock.GetUtcNow(), userId, organizationId, row.Version,
            new ApplicantSnapshot(
                row.CurrentTitle, row.Skills, row.Certifications.Select(c => new CertificationSnapshot(c.Name, c.Issuer, c.ExpiresOn)).ToList(),
                row.YearsExperience, row.City, row.StateProvince, row.Country, row.PostalCode, row.Latitude, row.Longitude),
            row.PreferredRoles, row.JobTypes, row.Discoverable));
        return row;
    }

    public static async Task<ProfileRow> InsertCandidateAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid organizationId, ProfileWrite write, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(write);
        parameters.AddDynamicParams(new { Id = Guid.CreateVersion7(), OrganizationId = organizationId });
        return await connection.QuerySingleAsync<ProfileRow>(new CommandDefinition($"""
            insert into candidate_profiles (id, organization_id, kind, {Columns})
            values (@Id, @OrganizationId, 'recruited', {Parameters})
            returning {ProfileRow.Columns.Replace("p.", "", StringComparison.Ordinal)}
            """, parameters, transaction, cancellationToken: cancellationToken));
    }

    /// <summary>Replaces a candidate of the organization; null when it is not theirs (a 404).</summary>
    public static async Task<ProfileRow?> UpdateCandidateAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, Guid organizationId, ProfileWrite write, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(write);
        parameters.AddDynamicParams(new { Id = id, OrganizationId = organizationId });
        return await connection.QuerySingleOrDefaultAsync<ProfileRow>(new CommandDefinition($"""
            update candidate_profiles set {Values}, version = version + 1
            where id = @Id and organization_id = @OrganizationId and kind = 'recruited'
            returning {ProfileRow.Columns.Replace("p.", "", StringComparison.Ordinal)}
            """, parameters, transaction, cancellationToken: cancellationToken));
    }
}
