using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.ScraperIngest.Api.Domain;

/// <summary>
/// JobSpy location strings ("Austin, TX, US", "Austin, TX", "Remote", "New York, NY (Remote)", "United States")
/// into city, state, country and a remote flag, with coordinates from the offline geocoder for US places.
/// </summary>
public sealed class LocationParser(UsGeocoder geocoder)
{
    private static readonly HashSet<string> UnitedStates = new(StringComparer.OrdinalIgnoreCase) { "US", "USA", "United States", "United States of America" };

    public ParsedLocation Parse(string? text, bool? isRemote)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParsedLocation.Unknown with { IsRemote = isRemote ?? false };
        }

        var remote = isRemote ?? false;
        var cleaned = text;
        if (cleaned.Contains("remote", StringComparison.OrdinalIgnoreCase))
        {
            remote = true;
            cleaned = cleaned.Replace("(Remote)", "", StringComparison.OrdinalIgnoreCase).Replace("Remote", "", StringComparison.OrdinalIgnoreCase);
        }

        var parts = cleaned.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        string? city = null, state = null, country = null;
        switch (parts.Length)
        {
            case 0:
                break;
            case 1 when UnitedStates.Contains(parts[0]):
                country = "US";
                break;
            case 1:
                // A lone state ("Texas") or a lone city.
                state = geocoder.StateCode(parts[0]);
                city = state is null ? parts[0] : null;
                break;
            case 2 when UnitedStates.Contains(parts[1]):
                state = geocoder.StateCode(parts[0]);
                city = state is null ? parts[0] : null;
                country = "US";
                break;
            default:
                city = parts[0];
                state = geocoder.StateCode(parts[1]) ?? parts[1];
                country = parts.Length > 2 ? NormalizeCountry(parts[^1]) : (geocoder.StateCode(parts[1]) is not null ? "US" : null);
                break;
        }

        var point = country is null or "US" ? geocoder.ByCity(city, state) : null;
        if (point is not null)
        {
            country ??= "US";
        }

        return new ParsedLocation(city, state, country, remote, point?.Latitude, point?.Longitude);
    }

    private static string NormalizeCountry(string country) => UnitedStates.Contains(country) ? "US" : country;
}
