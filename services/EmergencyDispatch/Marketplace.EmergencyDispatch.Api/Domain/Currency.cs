namespace Marketplace.EmergencyDispatch.Api.Domain;

public static class Currency
{
    /// <summary>An ISO 4217-shaped code ("usd" → "USD"), or null when it is not three letters.</summary>
    public static string? Normalize(string? code) =>
        code is { Length: 3 } c && c.All(char.IsAsciiLetter) ? c.ToUpperInvariant() : null;
}
