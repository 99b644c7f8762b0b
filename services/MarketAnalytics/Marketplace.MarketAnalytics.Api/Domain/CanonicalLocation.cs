namespace Marketplace.MarketAnalytics.Api.Domain;

/// <summary>
/// A place as the statistics are keyed: a country ("us"), a state ("us-tx") or a city in a state ("us-tx-austin").
/// Every posting counts in all three of its places.
/// </summary>
public sealed record CanonicalLocation(string Key, LocationLevel Level, string Name, string Country, string? State, string? City)
{
    public static CanonicalLocation ForCountry(string country) =>
        new(country.ToLowerInvariant(), LocationLevel.Country, country.ToUpperInvariant(), country.ToUpperInvariant(), null, null);

    public static CanonicalLocation UnitedStates { get; } = ForCountry("US");
}
