using Dapper;
using Marketplace.EmergencyDispatch.Api.Apis;
using Npgsql;

namespace Marketplace.EmergencyDispatch.Api.Data;

/// <summary>Per organization and region: fill rate (filled over jobs that are no longer open) and median times.</summary>
public sealed class MetricsStore(NpgsqlDataSource dataSource)
{
    public async Task<MetricsResponse> ForOrganizationAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<DispatchMetrics>(new CommandDefinition("""
            select case when grouping(region) = 1 then null else coalesce(region, '') end as region,
                   grouping(region) as is_total,
                   count(*) as jobs_posted,
                   count(*) filter (where status = 'filled') as jobs_filled,
                   count(*) filter (where status = 'open') as jobs_open,
                   count(*) filter (where status = 'expired') as jobs_expired,
                   count(*) filter (where status = 'cancelled') as jobs_cancelled,
                   (count(*) filter (where status = 'filled'))::float8 / nullif(count(*) filter (where status <> 'open'), 0) as fill_rate,
                   percentile_cont(0.5) within group (order by extract(epoch from filled_at - posted_at)) filter (where filled_at is not null) as median_time_to_fill_seconds,
                   percentile_cont(0.5) within group (order by extract(epoch from first_response_at - posted_at)) filter (where first_response_at is not null) as median_time_to_first_response_seconds,
                   coalesce(sum(notifications_sent), 0) as notifications_sent,
                   coalesce(sum(responses_count), 0) as responses
            from emergency_jobs
            where organization_id = @OrganizationId
            group by grouping sets ((), (region))
            order by grouping(region) desc, region
            """, new { OrganizationId = organizationId }, cancellationToken: cancellationToken))).AsList();
        var total = rows.FirstOrDefault(r => r.Region is null) ?? new DispatchMetrics();
        return new MetricsResponse(total, rows.Where(r => r.Region is not null).ToList());
    }
}
