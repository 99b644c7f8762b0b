using Dapper;
using Marketplace.Listings.Api.Data;
using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.Listings.Api.Search;

/// <summary>
/// The SQL shared by both arms of a search: the filters (every one a parameter that switches itself off when null,
/// so the planner folds the unused ones away), the caller's visibility, the distance and the orderings.
/// </summary>
public static class SearchSql
{
    public const string Filters = $"""
        l.status = 'active'
        and (@Categories::text[] is null or l.job_category = any(@Categories::text[]))
        and (@JobTypes::text[] is null or l.job_type = any(@JobTypes::text[]))
        and (@ExperienceLevels::text[] is null or l.experience_level = any(@ExperienceLevels::text[]))
        and (@Urgencies::text[] is null or l.urgency = any(@Urgencies::text[]))
        and (@Visibilities::text[] is null
             or listing_effective_visibility(l.visibility, l.visibility_cascade, l.published_at, l.filled_at) = any(@Visibilities::text[]))
        and (@City::text is null or lower(l.city) = lower(@City::text))
        and (@State::text is null or lower(l.state_province) = lower(@State::text))
        and (@Country::text is null or lower(l.country) = lower(@Country::text))
        and (not @RemoteOnly or l.location_type = 'remote')
        and (@MinSalary::numeric is null or coalesce(l.salary_max, l.salary_min) >= @MinSalary::numeric)
        and (@MaxSalary::numeric is null or coalesce(l.salary_min, l.salary_max) <= @MaxSalary::numeric)
        and (@Manufacturers::text[] is null
             or exists (select 1 from unnest(l.manufacturer_experience) m where lower(m) = any(@Manufacturers::text[])))
        and (@Certifications::text[] is null
             or exists (select 1 from unnest(l.required_certifications || l.preferred_certifications) c
                        where lower(c) = any(@Certifications::text[])))
        and (@NearLat::float8 is null
             or (l.latitude is not null
                 and earth_box(ll_to_earth(@NearLat::float8, @NearLng::float8), @RadiusMeters::float8) @> ll_to_earth(l.latitude, l.longitude)
                 and earth_distance(ll_to_earth(@NearLat::float8, @NearLng::float8), ll_to_earth(l.latitude, l.longitude)) <= @RadiusMeters::float8))
        and {VisibilityFilter.Sql}
        """;

    public const string DistanceMiles = """
        case when @NearLat::float8 is null or l.latitude is null then null
             else earth_distance(ll_to_earth(@NearLat::float8, @NearLng::float8), ll_to_earth(l.latitude, l.longitude)) / 1609.344
        end
        """;

    private const double MetersPerMile = 1609.344;

    public static DynamicParameters Parameters(JobSearchCriteria c, Caller caller)
    {
        var parameters = new DynamicParameters(VisibilityFilter.Parameters(caller));
        parameters.AddDynamicParams(new
        {
            c.Categories,
            c.JobTypes,
            c.ExperienceLevels,
            c.Urgencies,
            c.Visibilities,
            c.City,
            c.State,
            c.Country,
            c.RemoteOnly,
            c.MinSalary,
            c.MaxSalary,
            c.Manufacturers,
            c.Certifications,
            c.NearLat,
            c.NearLng,
            RadiusMeters = c.RadiusMiles * MetersPerMile,
            Q = c.Query,
            c.PageSize,
            c.Offset,
        });
        return parameters;
    }

    /// <summary>One of a fixed set of ORDER BY clauses, chosen by the validated sort; never text from the request.</summary>
    public static string OrderBy(SearchSort sort, bool descending) => (sort, descending) switch
    {
        (SearchSort.Relevance, _) => "text_rank desc, l.published_at desc, l.id",
        (SearchSort.Salary, true) => "coalesce(l.salary_max, l.salary_min) desc nulls last, l.published_at desc, l.id",
        (SearchSort.Salary, false) => "coalesce(l.salary_min, l.salary_max) asc nulls last, l.published_at desc, l.id",
        (SearchSort.Distance, true) => "distance_miles desc nulls last, l.id",
        (SearchSort.Distance, false) => "distance_miles asc nulls last, l.id",
        (SearchSort.PostedDate, false) => "l.published_at asc, l.id",
        _ => "l.published_at desc, l.id",
    };
}
