using Marketplace.MarketAnalytics.Api.Domain;
using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.MarketAnalytics.Api.Reference;

/// <summary>
/// Places as people type them ("Austin, TX", "austin texas", "Texas", "US") and as events carry them (city, state,
/// country) to one canonical location, using GeoNames' US cities and states. Outside the US only the country is kept.
/// </summary>
public sealed class LocationResolver(UsGeocoder geocoder)
{
    private static readonly HashSet<string> UnitedStates = new(StringComparer.OrdinalIgnoreCase)
    {
        "us", "usa", "u.s.", "u.s.a.", "united states", "united states of america", "america",
    };

    /// <summary>The most specific place an event's fields name: its city, else its state, else its country.</summary>
    public CanonicalLocation FromFields(string? city, string? state, string? country)
    {
        var countryCode = CountryCode(country);
        if (countryCode != "US")
        {
            return CanonicalLocation.ForCountry(countryCode);
        }

        var stateCode = geocoder.StateCode(state);
        if (stateCode is null && !string.IsNullOrWhiteSpace(city))
        {
            stateCode = geocoder.ByCity(city)?.StateCode;
        }

        if (stateCode is null)
        {
            return CanonicalLocation.UnitedStates;
        }

        var cityName = string.IsNullOrWhiteSpace(city) ? null : geocoder.ByCity(city, stateCode)?.City ?? Title(city.Trim());
        return cityName is null ? ForState(stateCode) : ForCity(cityName, stateCode);
    }

    /// <summary>A typed place, or null when it names nothing known.</summary>
    public CanonicalLocation? Resolve(string text)
    {
        var trimmed = text.Trim().TrimEnd('.');
        if (trimmed.Length == 0 || UnitedStates.Contains(trimmed))
        {
            return CanonicalLocation.UnitedStates;
        }

        var parts = trimmed.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => !UnitedStates.Contains(p)).ToList();
        if (parts.Count == 0)
        {
            return CanonicalLocation.UnitedStates;
        }

        if (parts.Count == 1)
        {
            if (geocoder.StateCode(parts[0]) is { } state)
            {
                return ForState(state);
            }

            // "Austin TX", "austin texas": the last word or two may be the state.
            var words = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var n = Math.Min(2, words.Length - 1); n >= 1; n--)
            {
                if (geocoder.StateCode(string.Join(' ', words[^n..])) is { } tail
                    && geocoder.ByCity(string.Join(' ', words[..^n]), tail) is { City: { } cityName })
                {
                    return ForCity(cityName, tail);
                }
            }

            return geocoder.ByCity(parts[0]) is { City: { } city, StateCode: { } cityState } ? ForCity(city, cityState) : null;
        }

        var stateCode = geocoder.StateCode(parts[^1]);
        return stateCode is not null && geocoder.ByCity(parts[0], stateCode) is { City: { } found } ? ForCity(found, stateCode) : null;
    }

    public static CanonicalLocation ForState(string stateCode) =>
        new($"us-{stateCode.ToLowerInvariant()}", LocationLevel.State, stateCode.ToUpperInvariant(), "US", stateCode.ToUpperInvariant(), null);

    public static CanonicalLocation ForCity(string city, string stateCode) =>
        new($"us-{stateCode.ToLowerInvariant()}-{city.ToLowerInvariant()}", LocationLevel.City, $"{city}, {stateCode.ToUpperInvariant()}",
            "US", stateCode.ToUpperInvariant(), city);

    private static string CountryCode(string? country)
    {
        if (string.IsNullOrWhiteSpace(country) || UnitedStates.Contains(country.Trim()))
        {
            return "US";
        }

        var letters = new string([.. country.Trim().Where(char.IsAsciiLetter)]);
        return letters.Length is 2 or 3 ? letters.ToUpperInvariant() : "ZZ";
    }

    private static string Title(string text) =>
        System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant());
}
