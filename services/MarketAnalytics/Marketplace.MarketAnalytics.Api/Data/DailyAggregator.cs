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
    private const string Aggregate = """
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
        expanded as materialized (
            select f.*, k.cell_role, k.cell_role_title, l.location_key, l.location_level, l.location_name
            from facts f
            cross join lateral (values (f.role_key, f.role_title), ('*', 'All roles')) k(cell_role, cell_role_title)
            cross join lateral (values
                (lower(f.country), 'country', f.country),
                (case when f.state is not null then lower(f.country || '-' || f.state) end, 'state', f.state),
                (case when f.state is not null and f.city is not null then lower(f.country || '-' || f.state || '-' || f.city) end,
                 'city', f.city || ', ' || f.state)
            ) l(location_key, location_level, location_name)
            where l.location_key is not null
        ),
        stats as (
            insert into market_daily_stats (
                role_key, location_key, day, role_title, location_level, location_name, new_postings, active_postings,
                pay_samples, salary_min_avg, salary_max_avg, pay_p25, pay_median, pay_p75,
                listings_active, applications, applications_per_posting, fills, median_days_to_fill,
                emergency_posted, emergency_filled, emergency_expired, emergency_fill_rate, emergency_median_minutes_to_fill)
            select cell_role, location_key, @Day, max(cell_role_title), max(location_level), max(location_name),
                   count(*) filter (where is_new)::int,
                   count(*) filter (where active)::int,
                   count(pay_mid) filter (where active)::int,
                   case when count(pay_mid) filter (where active) >= @Min then round(avg(pay_min) filter (where active), 2) end,
                   case when count(pay_mid) filter (where active) >= @Min then round(avg(pay_max) filter (where active), 2) end,
                   case when count(pay_mid) filter (where active) >= @Min
                        then round((percentile_cont(0.25) within group (order by pay_mid) filter (where active))::numeric, 2) end,
                   case when count(pay_mid) filter (where active) >= @Min
                        then round((percentile_cont(0.5) within group (order by pay_mid) filter (where active))::numeric, 2) end,
                   case when count(pay_mid) filter (where active) >= @Min
                        then round((percentile_cont(0.75) within group (order by pay_mid) filter (where active))::numeric, 2) end,
                   count(*) filter (where active and is_listing)::int,
                   coalesce(sum(apps) filter (where active and is_listing), 0)::int,
                   case when count(*) filter (where active and is_listing) >= @Min
                        then (sum(apps) filter (where active and is_listing))::float8 / count(*) filter (where active and is_listing) end,
                   count(days_to_fill)::int,
                   case when count(days_to_fill) >= @Min then percentile_cont(0.5) within group (order by days_to_fill) end,
                   count(*) filter (where emergency_posted)::int,
                   count(*) filter (where emergency_filled)::int,
                   count(*) filter (where not emergency_filled)::int,
                   case when count(emergency_filled) >= @Min
                        then (count(*) filter (where emergency_filled))::float8 / count(emergency_filled) end,
                   case when count(emergency_minutes) >= @Min then percentile_cont(0.5) within group (order by emergency_minutes) end
            from expanded
            group by cell_role, location_key
            returning 1
        ),
        cell_sizes as (
            select cell_role, location_key from expanded
            group by cell_role, location_key
            having count(*) filter (where active) >= @Min
        ),
        skills as (
            insert into market_daily_skills (role_key, location_key, day, skill, postings)
            select ranked.cell_role, ranked.location_key, @Day, ranked.skill, ranked.n
            from (
                select e.cell_role, e.location_key, s.skill, count(*)::int as n,
                       row_number() over (partition by e.cell_role, e.location_key order by count(*) desc, s.skill) as rank
                from expanded e
                cross join lateral unnest(e.skills) s(skill)
                where e.active
                group by e.cell_role, e.location_key, s.skill
            ) ranked
            join cell_sizes c on c.cell_role = ranked.cell_role and c.location_key = ranked.location_key
            where ranked.rank <= @TopSkills
            returning 1
        )
        select (select count(*) from stats)::int as stats_rows, (select count(*) from skills)::int as skill_rows
        """;

    public const int TopSkills = 20;

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
        await connection.ExecuteAsync("delete from market_daily_stats where day = @Day", parameters, transaction);
        await connection.ExecuteAsync("delete from market_daily_skills where day = @Day", parameters, transaction);
        var rows = await connection.QuerySingleAsync<AggregatedDay>(
            new CommandDefinition(Aggregate, parameters, transaction, commandTimeout: 600, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return rows with { Day = day };
    }
}
