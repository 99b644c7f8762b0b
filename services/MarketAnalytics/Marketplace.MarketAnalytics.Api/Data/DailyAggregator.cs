using Dapper;
using Marketplace.MarketAnalytics.Api.Domain;
using Npgsql;

namespace Marketplace.MarketAnalytics.Api.Data;

/// <summary>
/// Rebuilds one UTC day of market_daily_stats and market_daily_skills from the source facts: delete the day, compute
/// it again, in one transaction under a per-day advisory lock, so re-running a day (the worker, an admin rebuild,
/// both at once) gives the same rows. Every fact counts in its role and in "all roles" (*), and in its city, state
/// and country. A posting is active on a day from the day it opened until the day before it closed.
/// </summary>
public sealed class DailyAggregator(NpgsqlDataSource dataSource)
{
    internal const string Aggregate = """
        with relevant as (
            select p.posting_id, p.source, p.role_key, p.role_title, p.country, p.state, p.city,
                   p.pay_min, p.pay_max, p.pay_mid, p.skills, p.published_at, p.filled_at,
                   (p.opened_on <= @Day and (p.closed_on is null or p.closed_on > @Day)) as active,
                   (p.opened_on = @Day) as is_new,
                   coalesce(p.filled_at >= @Start and p.filled_at < @End, false) as filled_today
            from postings p
            where (p.opened_on <= @Day and (p.closed_on is null or p.closed_on > @Day))
               or p.opened_on = @Day
               or (p.filled_at >= @Start and p.filled_at < @End)
        ),
        listing_apps as (
            select a.job_id, count(*)::int as n
            from applications a
            join relevant r on r.posting_id = a.job_id and r.active and r.source = 'listing'
            where a.submitted_at < @End
            group by a.job_id
        ),
        facts as (
            select r.role_key, r.role_title, r.country, r.state, r.city,
                   r.active, r.is_new, r.source = 'listing' as is_listing,
                   r.pay_min, r.pay_max, r.pay_mid::float8 as pay_mid, r.skills, coalesce(la.n, 0) as apps,
                   case when r.filled_today and r.source = 'listing'
                        then greatest(extract(epoch from (r.filled_at - r.published_at))::float8, 0) / 86400.0 end as days_to_fill,
                   false as emergency_posted, null::boolean as emergency_filled, null::float8 as emergency_minutes
            from relevant r
            left join listing_apps la on la.job_id = r.posting_id
            union all
            select e.role_key, e.role_title, e.country, e.state, e.city,
                   false, false, false, null, null, null, '{}'::text[], 0, null,
                   e.posted_at >= @Start and e.posted_at < @End,
                   case when e.resolved_at >= @Start and e.resolved_at < @End then e.filled end,
                   case when e.resolved_at >= @Start and e.resolved_at < @End and e.filled then e.minutes_to_fill end
            from emergency_jobs e
            where (e.posted_at >= @Start and e.posted_at < @End) or (e.resolved_at >= @Start and e.resolved_at < @End)
        ),
        -- Every fact counts in its role and in all roles (*), and in its city, state and country: grouping sets sort
        -- the day's facts twice (two rollups), where expanding each fact into its six cells would sort six times as many rows.
        grouped as (
            select case when grouping(f.role_key) = 1 then '*' else f.role_key end as cell_role,
                   case when grouping(f.role_key) = 1 then 'All roles' else max(f.role_title) end as role_title,
                   case when grouping(f.city) = 0 then 'city' when grouping(f.state) = 0 then 'state' else 'country' end as location_level,
                   case when grouping(f.city) = 0 then
                            case when f.state is not null and f.city is not null then lower(f.country || '-' || f.state || '-' || f.city) end
                        when grouping(f.state) = 0 then case when f.state is not null then lower(f.country || '-' || f.state) end
                        else lower(f.country) end as location_key,
                   case when grouping(f.city) = 0 then f.city || ', ' || f.state when grouping(f.state) = 0 then f.state else f.country end
                       as location_name,
                   count(*) filter (where f.is_new)::int as new_postings,
                   count(*) filter (where f.active)::int as active_postings,
                   count(f.pay_mid) filter (where f.active)::int as pay_samples,
                   round(avg(f.pay_min) filter (where f.active), 2) as salary_min_avg,
                   round(avg(f.pay_max) filter (where f.active), 2) as salary_max_avg,
                   -- one sort for the three percentiles
                   percentile_cont(array[0.25, 0.5, 0.75]) within group (order by f.pay_mid) filter (where f.active) as pay_percentiles,
                   count(*) filter (where f.active and f.is_listing)::int as listings_active,
                   coalesce(sum(f.apps) filter (where f.active and f.is_listing), 0)::int as applications,
                   count(f.days_to_fill)::int as fills,
                   percentile_cont(0.5) within group (order by f.days_to_fill) as median_days_to_fill,
                   count(*) filter (where f.emergency_posted)::int as emergency_posted,
                   count(*) filter (where f.emergency_filled)::int as emergency_filled,
                   count(*) filter (where not f.emergency_filled)::int as emergency_expired,
                   count(f.emergency_minutes)::int as emergency_minutes_samples,
                   percentile_cont(0.5) within group (order by f.emergency_minutes) as emergency_median_minutes
            from facts f
            group by grouping sets (
                (f.role_key, f.country, f.state, f.city), (f.role_key, f.country, f.state), (f.role_key, f.country),
                (f.country, f.state, f.city), (f.country, f.state), (f.country))
        ),
        cells as materialized (
            select * from grouped where location_key is not null
        ),
        stats as (
            insert into market_daily_stats (
                role_key, location_key, day, role_title, location_level, location_name, new_postings, active_postings,
                pay_samples, salary_min_avg, salary_max_avg, pay_p25, pay_median, pay_p75,
                listings_active, applications, applications_per_posting, fills, median_days_to_fill,
                emergency_posted, emergency_filled, emergency_expired, emergency_fill_rate, emergency_median_minutes_to_fill)
            select cell_role, location_key, @Day, role_title, location_level, location_name, new_postings, active_postings,
                   pay_samples,
                   case when pay_samples >= @Min then salary_min_avg end,
                   case when pay_samples >= @Min then salary_max_avg end,
                   case when pay_samples >= @Min then round(pay_percentiles[1]::numeric, 2) end,
                   case when pay_samples >= @Min then round(pay_percentiles[2]::numeric, 2) end,
                   case when pay_samples >= @Min then round(pay_percentiles[3]::numeric, 2) end,
                   listings_active, applications,
                   case when listings_active >= @Min then applications::float8 / listings_active end,
                   fills,
                   case when fills >= @Min then median_days_to_fill end,
                   emergency_posted, emergency_filled, emergency_expired,
                   case when emergency_filled + emergency_expired >= @Min
                        then emergency_filled::float8 / (emergency_filled + emergency_expired) end,
                   case when emergency_minutes_samples >= @Min then emergency_median_minutes end
            from cells
            returning 1
        ),
        -- Skills are counted per role, city and skill first, then rolled up the same way as the cells.
        skill_counts as (
            select f.role_key, f.country, f.state, f.city, s.skill, count(*) as n
            from facts f
            cross join lateral unnest(f.skills) s(skill)
            where f.active
            group by f.role_key, f.country, f.state, f.city, s.skill
        ),
        skill_cells as (
            select cell_role, location_key, skill, n from (
                select case when grouping(sc.role_key) = 1 then '*' else sc.role_key end as cell_role,
                       case when grouping(sc.city) = 0 then
                                case when sc.state is not null and sc.city is not null then lower(sc.country || '-' || sc.state || '-' || sc.city) end
                            when grouping(sc.state) = 0 then case when sc.state is not null then lower(sc.country || '-' || sc.state) end
                            else lower(sc.country) end as location_key,
                       sc.skill, sum(sc.n)::int as n
                from skill_counts sc
                group by grouping sets (
                    (sc.role_key, sc.country, sc.state, sc.city, sc.skill), (sc.role_key, sc.country, sc.state, sc.skill),
                    (sc.role_key, sc.country, sc.skill), (sc.country, sc.state, sc.city, sc.skill), (sc.country, sc.state, sc.skill),
                    (sc.country, sc.skill))
            ) rolled
            where location_key is not null
        ),
        skills as (
            insert into market_daily_skills (role_key, location_key, day, skill, postings)
            select ranked.cell_role, ranked.location_key, @Day, ranked.skill, ranked.n
            from (
                select sc.*, row_number() over (partition by sc.cell_role, sc.location_key order by sc.n desc, sc.skill) as rank
                from skill_cells sc
                join cells c on c.cell_role = sc.cell_role and c.location_key = sc.location_key and c.active_postings >= @Min
            ) ranked
            where ranked.rank <= @TopSkills
            returning 1
        )
        select (select count(*) from stats)::int as stats_rows, (select count(*) from skills)::int as skill_rows
        """;

    public const int TopSkills = 10;

    public async Task<AggregatedDay> AggregateAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var parameters = new
        {
            Day = day,
            Start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            End = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Min = SmallCell.MinimumSamples,
            TopSkills,
            DayNumber = day.DayNumber,
        };
        await connection.ExecuteAsync("select pg_advisory_xact_lock(1397768525, @DayNumber)", parameters, transaction);
        // A day of 100,000 postings sorts a few hundred MB for its percentiles: in memory, not on disk.
        // JIT compiling this one statement costs more (~2 s) than it saves. A day is rebuilt from the facts at will, so
        // its commit need not wait for the WAL flush.
        await connection.ExecuteAsync("set local work_mem = '256MB'; set local jit = off; set local synchronous_commit = off", transaction: transaction);
        await connection.ExecuteAsync("delete from market_daily_stats where day = @Day", parameters, transaction);
        await connection.ExecuteAsync("delete from market_daily_skills where day = @Day", parameters, transaction);
        var rows = await connection.QuerySingleAsync<AggregatedDay>(
            new CommandDefinition(Aggregate, parameters, transaction, commandTimeout: 600, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return rows with { Day = day };
    }
}
