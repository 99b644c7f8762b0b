using Dapper;
using Marketplace.ServiceDefaults.Http;
using Marketplace.ServiceDefaults.Identity;
using Npgsql;

namespace Marketplace.Listings.Api.Alerts;

/// <summary>A user's alerts; every statement is keyed by the owner, so another user's alert is simply not found.</summary>
public sealed class JobAlertStore(NpgsqlDataSource dataSource)
{
    /// <summary>How many alerts one user may keep (issue #9, item 7); the next one answers 409.</summary>
    public const int MaxAlertsPerUser = 25;

    /// <summary>The new alert, or null when the owner already has <see cref="MaxAlertsPerUser"/>.</summary>
    public async Task<JobAlertRow?> InsertAsync(JobAlertDefinition alert, Caller owner, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // One user's inserts queue behind each other, so concurrent requests cannot pass the cap together.
        await connection.ExecuteAsync(new CommandDefinition("select pg_advisory_xact_lock(hashtext(@UserId::text))", new { owner.UserId }, transaction, cancellationToken: cancellationToken));
        if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "select count(*) from job_alerts where user_id = @UserId", new { owner.UserId }, transaction, cancellationToken: cancellationToken)) >= MaxAlertsPerUser)
        {
            return null;
        }

        var row = await connection.QuerySingleAsync<JobAlertRow>(new CommandDefinition($"""
            insert into job_alerts as a (id, user_id, name, categories, job_types, experience_levels, city, state, country, postal_code,
                near_lat, near_lng, radius_miles, remote_only, min_salary, skills, manufacturers, frequency, channels, active,
                owner_organization_id, owner_network_ids, owner_region, owner_trades, owner_verified, next_run_at)
            values (@Id, @UserId, @Name, @Categories, @JobTypes, @ExperienceLevels, @City, @State, @Country, @PostalCode,
                @NearLat, @NearLng, @RadiusMiles, @RemoteOnly, @MinSalary, @Skills, @Manufacturers, @FrequencyText, @Channels, @Active,
                @OwnerOrganizationId, @OwnerNetworkIds, @OwnerRegion, @OwnerTrades, @OwnerVerified, now() + @Period)
            returning {JobAlertRow.Columns}
            """, Parameters(Guid.CreateVersion7(), alert, owner), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return row;
    }

    /// <summary>Replaces the alert and refreshes the owner's claims; the next run is re-timed from the last one.</summary>
    public async Task<JobAlertRow?> UpdateAsync(Guid id, JobAlertDefinition alert, Caller owner, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<JobAlertRow>(new CommandDefinition($"""
            update job_alerts a set name = @Name, categories = @Categories, job_types = @JobTypes, experience_levels = @ExperienceLevels,
                city = @City, state = @State, country = @Country, postal_code = @PostalCode, near_lat = @NearLat, near_lng = @NearLng,
                radius_miles = @RadiusMiles, remote_only = @RemoteOnly, min_salary = @MinSalary, skills = @Skills,
                manufacturers = @Manufacturers, frequency = @FrequencyText, channels = @Channels, active = @Active,
                owner_organization_id = @OwnerOrganizationId, owner_network_ids = @OwnerNetworkIds, owner_region = @OwnerRegion,
                owner_trades = @OwnerTrades, owner_verified = @OwnerVerified,
                next_run_at = a.last_run_at + @Period, updated_at = now()
            where a.id = @Id and a.user_id = @UserId
            returning {JobAlertRow.Columns}
            """, Parameters(id, alert, owner), cancellationToken: cancellationToken));
    }

    public async Task<JobAlertRow?> GetAsync(Guid id, Caller owner, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<JobAlertRow>(new CommandDefinition(
            $"select {JobAlertRow.Columns} from job_alerts a where a.id = @Id and a.user_id = @UserId",
            new { Id = id, owner.UserId }, cancellationToken: cancellationToken));
    }

    public async Task<(IReadOnlyList<JobAlertRow> Rows, long Total)> ListAsync(Caller owner, PageRequest page, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var parameters = new { owner.UserId, page.Limit, page.Offset };
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "select count(*) from job_alerts where user_id = @UserId", parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<JobAlertRow>(new CommandDefinition(
            $"select {JobAlertRow.Columns} from job_alerts a where a.user_id = @UserId order by a.created_at, a.id limit @Limit offset @Offset",
            parameters, cancellationToken: cancellationToken));
        return (rows.ToList(), total);
    }

    public async Task<bool> DeleteAsync(Guid id, Caller owner, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "delete from job_alerts where id = @Id and user_id = @UserId",
            new { Id = id, owner.UserId }, cancellationToken: cancellationToken)) > 0;
    }

    private static DynamicParameters Parameters(Guid id, JobAlertDefinition alert, Caller owner)
    {
        var parameters = new DynamicParameters(alert);
        parameters.AddDynamicParams(new
        {
            Id = id,
            owner.UserId,
            FrequencyText = SnakeCase.Of(alert.Frequency),
            Period = AlertSchedule.Period(alert.Frequency),
            OwnerOrganizationId = owner.OrganizationId,
            OwnerNetworkIds = owner.NetworkIds.ToArray(),
            OwnerRegion = owner.Region,
            OwnerTrades = owner.Trades.ToArray(),
            OwnerVerified = owner.Verified,
        });
        return parameters;
    }
}
