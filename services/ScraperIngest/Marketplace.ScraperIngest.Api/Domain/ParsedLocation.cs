namespace Marketplace.ScraperIngest.Api.Domain;

public sealed record ParsedLocation(string? City, string? StateProvince, string? Country, bool IsRemote, double? Latitude, double? Longitude)
{
    public static ParsedLocation Unknown { get; } = new(null, null, null, false, null, null);
}
