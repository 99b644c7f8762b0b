using Marketplace.Listings.Api.Domain;
using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.Listings.Api.Search;

/// <summary>
/// A validated search: enum filters as their stored snake_case text, the radius centre resolved (coordinates, a ZIP
/// or a city from the offline geocoder), paging bounded to the first <see cref="MaxWindow"/> results.
/// </summary>
public sealed record JobSearchCriteria
{
    public const int MaxWindow = 1000;
    public const int MaxPageSize = 100;

    public string? Query { get; init; }
    public string[]? Categories { get; init; }
    public string[]? JobTypes { get; init; }
    public string[]? ExperienceLevels { get; init; }
    public string[]? Visibilities { get; init; }
    public string[]? Urgencies { get; init; }
    public string? City { get; init; }
    public string? State { get; init; }
    public string? Country { get; init; }
    public double? NearLat { get; init; }
    public double? NearLng { get; init; }
    public double? RadiusMiles { get; init; }
    public bool RemoteOnly { get; init; }
    public decimal? MinSalary { get; init; }
    public decimal? MaxSalary { get; init; }
    public string[]? Manufacturers { get; init; }
    public string[]? Certifications { get; init; }
    public SearchSort SortBy { get; init; }
    public bool Descending { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
    public bool UseSemantic { get; init; }

    public int Offset => (Page - 1) * PageSize;

    public static (JobSearchCriteria? Criteria, Dictionary<string, string[]> Errors) From(JobSearchParameters p, Func<UsGeocoder> geocoder)
    {
        var errors = new ValidationErrors();
        var query = string.IsNullOrWhiteSpace(p.Q) ? null : p.Q.Trim();
        errors.Check(query is null || query.Length <= 200, "q", "q is at most 200 characters.");
        var page = p.Page ?? 1;
        var pageSize = p.PageSize ?? 20;
        errors.Check(page >= 1, "page", "page starts at 1.");
        errors.Check(pageSize is >= 1 and <= MaxPageSize, "page_size", $"page_size is 1 to {MaxPageSize}.");
        errors.Check((long)page * pageSize <= MaxWindow, "page", $"Results are available up to the first {MaxWindow}; narrow the search.");
        errors.Range("min_salary", p.MinSalary, 0, 100_000_000m);
        errors.Range("max_salary", p.MaxSalary, 0, 100_000_000m);
        errors.Check(p.MinSalary is null || p.MaxSalary is null || p.MinSalary <= p.MaxSalary, "min_salary", "min_salary must not exceed max_salary.");

        var (lat, lng, cityIsCentre) = Centre(p, errors, geocoder);
        var sort = SortOf(p.SortBy, query, errors);
        errors.Check(sort != SearchSort.Distance || lat is not null, "sort_by", "sort_by=distance needs near_lat/near_lng, postal_code or city with radius_miles.");
        var descending = p.SortOrder switch
        {
            null => sort != SearchSort.Distance,
            _ when p.SortOrder.Equals("asc", StringComparison.OrdinalIgnoreCase) => false,
            _ when p.SortOrder.Equals("desc", StringComparison.OrdinalIgnoreCase) => true,
            _ => Invalid(errors, "sort_order", "sort_order is asc or desc."),
        };

        var criteria = new JobSearchCriteria
        {
            Query = query,
            Categories = Enums<JobCategory>(p.Categories, "categories", errors),
            JobTypes = Enums<JobType>(p.JobTypes, "job_types", errors),
            ExperienceLevels = Enums<ExperienceLevel>(p.ExperienceLevels, "experience_levels", errors),
            Visibilities = Enums<ListingVisibility>(p.Visibility, "visibility", errors),
            Urgencies = Enums<Urgency>(p.Urgency, "urgency", errors),
            City = cityIsCentre || string.IsNullOrWhiteSpace(p.City) ? null : p.City.Trim(),
            // A city that is the radius centre names a place, not a filter; so does the state that disambiguates it.
            State = cityIsCentre || string.IsNullOrWhiteSpace(p.State) ? null : p.State.Trim(),
            Country = string.IsNullOrWhiteSpace(p.Country) ? null : p.Country.Trim(),
            NearLat = lat,
            NearLng = lng,
            RadiusMiles = p.RadiusMiles,
            RemoteOnly = p.RemoteOnly ?? false,
            MinSalary = p.MinSalary,
            MaxSalary = p.MaxSalary,
            Manufacturers = Texts(p.Manufacturers)?.Select(m => m.ToLowerInvariant()).ToArray(),
            Certifications = Texts(p.Certifications)?.Select(m => m.ToLowerInvariant()).ToArray(),
            SortBy = sort,
            Descending = descending,
            Page = page,
            PageSize = pageSize,
            UseSemantic = (p.UseSemantic ?? false) && query is not null,
        };
        return errors.IsEmpty ? (criteria, []) : (null, errors.ToDictionary());
    }

    // A radius needs a centre: coordinates, else a ZIP, else the city (and state) — resolved offline.
    private static (double? Lat, double? Lng, bool CityIsCentre) Centre(JobSearchParameters p, ValidationErrors errors, Func<UsGeocoder> geocoder)
    {
        errors.Range("near_lat", p.NearLat, -90, 90);
        errors.Range("near_lng", p.NearLng, -180, 180);
        errors.Check(p.NearLat is null == p.NearLng is null, p.NearLat is null ? "near_lat" : "near_lng", "near_lat and near_lng are given together.");
        if (p.RadiusMiles is null)
        {
            errors.Check(p.NearLat is null, "radius_miles", "radius_miles is required with near_lat/near_lng.");
            errors.Check(p.PostalCode is null, "radius_miles", "radius_miles is required with postal_code.");
            return (null, null, false);
        }

        errors.Range("radius_miles", p.RadiusMiles, 0.1, 500);
        if (p.NearLat is { } lat && p.NearLng is { } lng)
        {
            return (lat, lng, false);
        }

        if (!string.IsNullOrWhiteSpace(p.PostalCode))
        {
            var point = geocoder().ByPostalCode(p.PostalCode);
            errors.Check(point is not null, "postal_code", "The postal code is not a known US ZIP code.");
            return (point?.Latitude, point?.Longitude, false);
        }

        if (!string.IsNullOrWhiteSpace(p.City))
        {
            var point = geocoder().ByCity(p.City, p.State);
            errors.Check(point is not null, "city", "The city is not known; give near_lat/near_lng or a postal code.");
            return (point?.Latitude, point?.Longitude, true);
        }

        errors.Add("radius_miles", "radius_miles needs near_lat/near_lng, postal_code or city.");
        return (null, null, false);
    }

    private static SearchSort SortOf(string? text, string? query, ValidationErrors errors)
    {
        if (text is null)
        {
            return query is null ? SearchSort.PostedDate : SearchSort.Relevance;
        }

        if (SnakeCase.TryParse<SearchSort>(text, out var sort))
        {
            return sort == SearchSort.Relevance && query is null ? SearchSort.PostedDate : sort;
        }

        errors.Add("sort_by", $"sort_by is one of {SnakeCase.Names<SearchSort>()}.");
        return SearchSort.PostedDate;
    }

    private static bool Invalid(ValidationErrors errors, string field, string message)
    {
        errors.Add(field, message);
        return true;
    }

    private static string[]? Texts(string[]? values)
    {
        var items = values?.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        return items is { Length: > 0 } ? items : null;
    }

    private static string[]? Enums<TEnum>(string[]? values, string field, ValidationErrors errors) where TEnum : struct, Enum
    {
        var items = Texts(values);
        if (items is null)
        {
            return null;
        }

        var parsed = new List<string>();
        foreach (var item in items)
        {
            if (SnakeCase.TryParse<TEnum>(item, out var value))
            {
                parsed.Add(SnakeCase.Of(value));
            }
            else
            {
                errors.Add(field, $"'{item}' is not one of {SnakeCase.Names<TEnum>()}.");
            }
        }

        return parsed.ToArray();
    }
}
