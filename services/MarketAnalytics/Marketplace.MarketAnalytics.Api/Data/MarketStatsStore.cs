using Dapper;
using Marketplace.MarketAnalytics.Api.Domain;
using Npgsql;

namespace Marketplace.MarketAnalytics.Api.Data;

/// <summary>
/// The reads behind the market endpoints: daily aggregates by (role, place, day), rolled up into weeks or months,
/// and the few live figures that need the postings themselves (a pay's percentile, fills in a window).
/// </summary>
public sealed class MarketStatsStore(NpgsqlDataSource dataSource)
{
    // A posting in the cell: role "*" is every role; a state or a city narrows the country.
    private const string InCell = """
        (@Role = '*' or role_key = @Role) and country = @Country
        and (@State::text is null or state = @State) and (@City::text is null or lower(city) = lower(@City))
        """;

    /// <summary>
    /// Periods of <paramref name="interval"/> between two days. Counts of new postings add up; active postings are
    /// the mean over the period's days with data; salary figures and liquidity ratios are each day's figure weighted
    /// by the postings behind it (a week's median is the weighted mean of its daily medians); the emergency fill
    /// rate is exact. Days with no data are absent.
    /// </summary>
    public async Task<IReadOnlyList<TrendRow>> TrendsAsync(CanonicalRole role, CanonicalLocation location, DateOnly from, DateOnly to, TrendInterval interval)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<TrendRow>("""
            select date_trunc(@Unit, day::timestamp)::date as period_start,
                   count(*)::int as days_with_data,
                   sum(new_postings)::int as new_postings,
                   round(avg(active_postings), 1)::float8 as active_postings,
                   round(sum(salary_min_avg * pay_samples) / nullif(sum(pay_samples) filter (where salary_min_avg is not null), 0), 2) as salary_min_avg,
                   round(sum(salary_max_avg * pay_samples) / nullif(sum(pay_samples) filter (where salary_max_avg is not null), 0), 2) as salary_max_avg,
                   round(sum(pay_p25 * pay_samples) / nullif(sum(pay_samples) filter (where pay_p25 is not null), 0), 2) as pay_p25,
                   round(sum(pay_median * pay_samples) / nullif(sum(pay_samples) filter (where pay_median is not null), 0), 2) as pay_median,
                   round(sum(pay_p75 * pay_samples) / nullif(sum(pay_samples) filter (where pay_p75 is not null), 0), 2) as pay_p75,
                   sum(applications_per_posting * listings_active) / nullif(sum(listings_active) filter (where applications_per_posting is not null), 0)
                       as applications_per_posting,
                   sum(fills)::int as fills,
                   sum(median_days_to_fill * fills) / nullif(sum(fills) filter (where median_days_to_fill is not null), 0) as median_days_to_fill,
                   sum(emergency_filled)::int as emergency_filled,
                   sum(emergency_expired)::int as emergency_expired,
                   case when sum(emergency_filled + emergency_expired) >= @Min
                        then sum(emergency_filled)::float8 / sum(emergency_filled + emergency_expired) end as emergency_fill_rate
            from market_daily_stats
            where role_key = @Role and location_key = @Location and day between @From and @To
            group by 1
            order by 1
            """,
            new
            {
                Unit = interval.ToString().ToLowerInvariant(), Role = role.Key, Location = location.Key, From = from, To = to,
                Min = SmallCell.MinimumSamples,
            });
        return rows.ToList();
    }

    /// <summary>The latest day of a cell on or before <paramref name="asOf"/>, or null when it has none.</summary>
    public async Task<DailyStatsRow?> LatestAsync(CanonicalRole role, CanonicalLocation location, DateOnly asOf)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<DailyStatsRow>("""
            select day, new_postings, active_postings, pay_samples, salary_min_avg, salary_max_avg, pay_p25, pay_median, pay_p75,
                   listings_active, applications, applications_per_posting, fills, median_days_to_fill,
                   emergency_posted, emergency_filled, emergency_expired, emergency_fill_rate, emergency_median_minutes_to_fill
            from market_daily_stats
            where role_key = @Role and location_key = @Location and day <= @AsOf
            order by day desc
            limit 1
            """, new { Role = role.Key, Location = location.Key, AsOf = asOf });
    }

    public async Task<IReadOnlyList<(string Skill, int Postings)>> SkillsOnAsync(CanonicalRole role, CanonicalLocation location, DateOnly day)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(string, int)>("""
            select skill, postings from market_daily_skills
            where role_key = @Role and location_key = @Location and day = @Day
            order by postings desc, skill
            """, new { Role = role.Key, Location = location.Key, Day = day });
        return rows.ToList();
    }

    /// <summary>Each skill's posting-days in [from, to] and in the equally long period just before.</summary>
    public async Task<IReadOnlyList<SkillRow>> SkillsAsync(CanonicalRole role, CanonicalLocation location, DateOnly from, DateOnly to)
    {
        var days = to.DayNumber - from.DayNumber + 1;
        await using var connection = await dataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<SkillRow>("""
            select skill,
                   coalesce(sum(postings) filter (where day >= @From), 0)::bigint as current,
                   coalesce(sum(postings) filter (where day < @From), 0)::bigint as previous
            from market_daily_skills
            where role_key = @Role and location_key = @Location and day between @PreviousFrom and @To
            group by skill
            order by current desc, skill
            limit 50
            """, new { Role = role.Key, Location = location.Key, From = from, To = to, PreviousFrom = from.AddDays(-days) });
        return rows.ToList();
    }

    /// <summary>Sum of active postings over the days of a period (posting-days), the denominator of skill shares.</summary>
    public async Task<long> PostingDaysAsync(CanonicalRole role, CanonicalLocation location, DateOnly from, DateOnly to)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("""
            select coalesce(sum(active_postings), 0)::bigint from market_daily_stats
            where role_key = @Role and location_key = @Location and day between @From and @To
            """, new { Role = role.Key, Location = location.Key, From = from, To = to });
    }

    /// <summary>Where an annual amount sits among the pay of the cell's postings active on <paramref name="day"/>.</summary>
    public async Task<PayPosition> PayPositionAsync(CanonicalRole role, CanonicalLocation location, DateOnly day, decimal annualAmount)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<PayPosition>($"""
            select count(*) filter (where pay_mid < @Amount)::int as below,
                   count(*) filter (where pay_mid = @Amount)::int as equal,
                   count(*)::int as total
            from postings
            where pay_mid is not null and opened_on <= @Day and (closed_on is null or closed_on > @Day)
              and {InCell}
            """, Cell(role, location, new { Day = day, Amount = annualAmount }));
    }

    /// <summary>Listings filled and emergency jobs resolved in [from, to], with their medians (small cells give null).</summary>
    public async Task<LiquidityRow> LiquidityAsync(CanonicalRole role, CanonicalLocation location, DateOnly from, DateOnly to)
    {
        var window = new
        {
            Start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            End = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Min = SmallCell.MinimumSamples,
        };
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<LiquidityRow>($"""
            with filled as (
                select greatest(extract(epoch from (filled_at - published_at))::float8, 0) / 86400.0 as days
                from postings
                where source = 'listing' and filled_at >= @Start and filled_at < @End and {InCell}
            ),
            emergency as (
                select filled, minutes_to_fill from emergency_jobs
                where resolved_at >= @Start and resolved_at < @End and {InCell}
            )
            select (select count(*) from filled)::int as fills,
                   (select case when count(*) >= @Min then percentile_cont(0.5) within group (order by days) end from filled) as median_days_to_fill,
                   (select count(*) from emergency)::int as emergency_resolved,
                   (select count(*) filter (where filled) from emergency)::int as emergency_filled,
                   (select case when count(minutes_to_fill) >= @Min then percentile_cont(0.5) within group (order by minutes_to_fill) end
                    from emergency where filled) as emergency_median_minutes_to_fill
            """, Cell(role, location, window));
    }

    private static DynamicParameters Cell(CanonicalRole role, CanonicalLocation location, object extra)
    {
        var parameters = new DynamicParameters(extra);
        parameters.Add("Role", role.Key);
        parameters.Add("Country", location.Country);
        parameters.Add("State", location.State, System.Data.DbType.String);
        parameters.Add("City", location.City, System.Data.DbType.String);
        return parameters;
    }
}
