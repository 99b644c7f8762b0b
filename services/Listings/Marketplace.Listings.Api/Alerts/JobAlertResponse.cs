using Marketplace.Listings.Api.Data;

namespace Marketplace.Listings.Api.Alerts;

/// <summary>An alert as its owner sees it; the stored visibility claims stay internal.</summary>
public sealed record JobAlertResponse(
    Guid Id,
    string Name,
    string[]? Categories,
    string[]? JobTypes,
    string[]? ExperienceLevels,
    string? City,
    string? State,
    string? Country,
    string? PostalCode,
    double? NearLat,
    double? NearLng,
    double? RadiusMiles,
    bool RemoteOnly,
    decimal? MinSalary,
    string[]? Skills,
    string[]? Manufacturers,
    string Frequency,
    string[] Channels,
    bool Active,
    DateTimeOffset LastRunAt,
    DateTimeOffset NextRunAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static JobAlertResponse From(JobAlertRow a) => new(
        a.Id, a.Name, a.Categories, a.JobTypes, a.ExperienceLevels, a.City, a.State, a.Country, a.PostalCode, a.NearLat, a.NearLng,
        a.RadiusMiles, a.RemoteOnly, a.MinSalary, a.Skills, a.Manufacturers, a.Frequency, a.Channels, a.Active,
        ListingSnapshots.Utc(a.LastRunAt)!.Value, ListingSnapshots.Utc(a.NextRunAt)!.Value,
        ListingSnapshots.Utc(a.CreatedAt)!.Value, ListingSnapshots.Utc(a.UpdatedAt)!.Value);
}
