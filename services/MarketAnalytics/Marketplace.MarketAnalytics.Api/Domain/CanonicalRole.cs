namespace Marketplace.MarketAnalytics.Api.Domain;

/// <summary>
/// A role as the statistics are keyed: an O*NET-SOC code ("49-9021.00"), a marketplace job category that maps to
/// no occupation ("category:x"), or <see cref="All"/> for every role together.
/// </summary>
public sealed record CanonicalRole(string Key, string Title)
{
    public const string AllKey = "*";

    public static CanonicalRole All { get; } = new(AllKey, "All roles");

    /// <summary>The 6-digit SOC code BLS publishes wages under, when the role is an O*NET occupation.</summary>
    public string? SocCode => Key.Length >= 7 && char.IsDigit(Key[0]) ? Key[..7] : null;
}
