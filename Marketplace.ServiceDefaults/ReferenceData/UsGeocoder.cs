using System.Collections.Frozen;
using System.Globalization;

namespace Marketplace.ServiceDefaults.ReferenceData;

/// <summary>
/// Offline US geocoding from GeoNames postal codes and the US cities list in data/reference/geo: a ZIP code, or a
/// city with an optional state (code or name), to coordinates. Loaded once (~70k rows, a few MB).
/// </summary>
public sealed class UsGeocoder
{
    private readonly FrozenDictionary<string, GeoPoint> byPostalCode;
    private readonly FrozenDictionary<string, GeoPoint> byCityAndState;
    private readonly FrozenDictionary<string, GeoPoint> byCity;
    private readonly FrozenDictionary<string, string> stateCodes;

    private UsGeocoder(
        Dictionary<string, GeoPoint> postal, Dictionary<string, GeoPoint> cityState, Dictionary<string, GeoPoint> city, Dictionary<string, string> states)
    {
        byPostalCode = postal.ToFrozenDictionary(StringComparer.Ordinal);
        byCityAndState = cityState.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        byCity = city.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        stateCodes = states.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public static UsGeocoder Load(string referenceDataDirectory)
    {
        var postal = new Dictionary<string, GeoPoint>(StringComparer.Ordinal);
        var cityState = new Dictionary<string, GeoPoint>(StringComparer.OrdinalIgnoreCase);
        var city = new Dictionary<string, GeoPoint>(StringComparer.OrdinalIgnoreCase);
        var states = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        // GeoNames: country, postal code, place, state name, state code, county, county code, -, -, lat, lon, accuracy.
        foreach (var line in ReferenceFiles.ReadLines(referenceDataDirectory, "geo/geonames_US_postal_codes.txt"))
        {
            var f = line.Split('\t');
            if (f.Length < 11 || !TryCoordinates(f[9], f[10], out var lat, out var lon))
            {
                continue;
            }

            var point = new GeoPoint(lat, lon, f[2], f[4], f[1]);
            postal.TryAdd(f[1], point);
            cityState.TryAdd(Key(f[2], f[4]), point);
            if (f[3].Length > 0 && f[4].Length > 0)
            {
                states.TryAdd(f[3], f[4]);
                states.TryAdd(f[4], f[4]);
            }
        }

        // Cities (ID, STATE_CODE, STATE_NAME, CITY, COUNTY, LATITUDE, LONGITUDE): the city's own centre wins over a
        // ZIP's. A city listed once per county it spans (Austin, TX: Hays, Travis, Williamson) gets the mean of its rows.
        var parts = new Dictionary<string, (double Lat, double Lon, int Count)>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in ReferenceFiles.ReadLines(referenceDataDirectory, "geo/us_cities_kelvins.csv").Skip(1))
        {
            var f = Csv.Split(line);
            if (f.Count < 7 || !TryCoordinates(f[5], f[6], out var lat, out var lon))
            {
                continue;
            }

            var key = Key(f[3], f[1]);
            var sum = parts.GetValueOrDefault(key);
            sum = (sum.Lat + lat, sum.Lon + lon, sum.Count + 1);
            parts[key] = sum;
            var point = new GeoPoint(sum.Lat / sum.Count, sum.Lon / sum.Count, f[3], f[1], null);
            cityState[key] = point;
            city.TryAdd(f[3], point);
            states.TryAdd(f[2], f[1]);
            states.TryAdd(f[1], f[1]);
        }

        return new UsGeocoder(postal, cityState, city, states);
    }

    /// <summary>A 5-digit ZIP (ZIP+4 accepted).</summary>
    public GeoPoint? ByPostalCode(string? postalCode)
    {
        if (string.IsNullOrWhiteSpace(postalCode))
        {
            return null;
        }

        var zip = postalCode.Trim();
        if (zip.Length > 5 && zip[5] == '-')
        {
            zip = zip[..5];
        }

        return byPostalCode.GetValueOrDefault(zip);
    }

    /// <summary>A city, optionally in a state given as code ("TX") or name ("Texas"); without a state, the first city of that name.</summary>
    public GeoPoint? ByCity(string? city, string? state = null)
    {
        if (string.IsNullOrWhiteSpace(city))
        {
            return null;
        }

        var code = StateCode(state);
        return code is not null
            ? byCityAndState.GetValueOrDefault(Key(city.Trim(), code))
            : byCity.GetValueOrDefault(city.Trim());
    }

    /// <summary>"TX", "tx" or "Texas" → "TX"; unknown → null.</summary>
    public string? StateCode(string? state) =>
        string.IsNullOrWhiteSpace(state) ? null : stateCodes.GetValueOrDefault(state.Trim());

    /// <summary>The ZIP if it is known, else the city (and state).</summary>
    public GeoPoint? Resolve(string? postalCode, string? city, string? state) => ByPostalCode(postalCode) ?? ByCity(city, state);

    private static string Key(string city, string stateCode) => $"{city}|{stateCode}";

    private static bool TryCoordinates(string lat, string lon, out double latitude, out double longitude)
    {
        longitude = 0;
        return double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out latitude)
            && double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out longitude);
    }
}
