namespace Marketplace.MarketAnalytics.Api.Domain;

/// <summary>
/// One posting as the aggregation counts it. <see cref="ContentAt"/> is when the source last described it: an older
/// description arriving late does not overwrite a newer one.
/// </summary>
public sealed record PostingFact(
    Guid PostingId,
    string Source,
    CanonicalRole Role,
    CanonicalLocation Location,
    AnnualPay Pay,
    IReadOnlyList<string> Skills,
    DateTimeOffset PublishedAt,
    DateTimeOffset ContentAt,
    DateOnly? ClosedOn = null,
    DateTimeOffset? FilledAt = null)
{
    public const string Listing = "listing";
    public const string External = "external";

    /// <summary>Skills as counted: trimmed, lower case, distinct, at most 50.</summary>
    public static string[] NormalizeSkills(IEnumerable<string?>? skills) =>
        [.. (skills ?? []).Select(s => s?.Trim().ToLowerInvariant()).Where(s => !string.IsNullOrEmpty(s) && s.Length <= 100)
            .Select(s => s!).Distinct(StringComparer.Ordinal).Take(50)];
}
