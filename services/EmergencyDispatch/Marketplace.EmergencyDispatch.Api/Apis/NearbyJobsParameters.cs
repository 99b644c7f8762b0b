using Microsoft.AspNetCore.Mvc;

namespace Marketplace.EmergencyDispatch.Api.Apis;

/// <summary>GET /api/v1/emergency-jobs: open jobs near a point (radius at most 100 miles), nearest first.</summary>
public sealed record NearbyJobsParameters(
    [FromQuery(Name = "near_lat")] double? NearLat,
    [FromQuery(Name = "near_lng")] double? NearLng,
    [FromQuery(Name = "radius_miles")] double? RadiusMiles,
    [FromQuery(Name = "categories")] string? Categories,
    [FromQuery(Name = "date")] DateOnly? Date,
    [FromQuery(Name = "page")] int? Page,
    [FromQuery(Name = "page_size")] int? PageSize);
