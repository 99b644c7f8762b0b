using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Listings.Api.Search;

/// <summary>
/// The query string of GET /api/v1/jobs as sent. List filters accept repeated keys or commas
/// (<c>categories=electrician,plumber</c>); enum values are parsed by <see cref="JobSearchCriteria"/> so that a bad
/// one is named in the 400.
/// </summary>
public sealed record JobSearchParameters(
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "categories")] string[]? Categories,
    [FromQuery(Name = "job_types")] string[]? JobTypes,
    [FromQuery(Name = "experience_levels")] string[]? ExperienceLevels,
    [FromQuery(Name = "visibility")] string[]? Visibility,
    [FromQuery(Name = "urgency")] string[]? Urgency,
    [FromQuery(Name = "city")] string? City,
    [FromQuery(Name = "state")] string? State,
    [FromQuery(Name = "country")] string? Country,
    [FromQuery(Name = "postal_code")] string? PostalCode,
    [FromQuery(Name = "near_lat")] double? NearLat,
    [FromQuery(Name = "near_lng")] double? NearLng,
    [FromQuery(Name = "radius_miles")] double? RadiusMiles,
    [FromQuery(Name = "remote_only")] bool? RemoteOnly,
    [FromQuery(Name = "min_salary")] decimal? MinSalary,
    [FromQuery(Name = "max_salary")] decimal? MaxSalary,
    [FromQuery(Name = "manufacturers")] string[]? Manufacturers,
    [FromQuery(Name = "certifications")] string[]? Certifications,
    [FromQuery(Name = "sort_by")] string? SortBy,
    [FromQuery(Name = "sort_order")] string? SortOrder,
    [FromQuery(Name = "page")] int? Page,
    [FromQuery(Name = "page_size")] int? PageSize,
    [FromQuery(Name = "use_semantic")] bool? UseSemantic);
