using System.Text.RegularExpressions;

namespace Marketplace.ScraperIngest.Api.Domain;

/// <summary>
/// Removes e-mail addresses and phone numbers from scraped text before it is stored (issue 4, privacy):
/// recruiters' personal contacts are not ours to keep, and candidates apply through the posting's URL.
/// </summary>
public static partial class ContactScrubber
{
    public const string EmailPlaceholder = "[email removed]";
    public const string PhonePlaceholder = "[phone removed]";

    public static string? Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var withoutEmails = MayContainEmail(text) ? Email().Replace(text, EmailPlaceholder) : text;
        return Phone().Replace(withoutEmails, PhonePlaceholder);
    }

    public static bool ContainsEmail(string? text) => text is not null && MayContainEmail(text) && Email().IsMatch(text);

    // Every match of Email() has one of these, and most descriptions have none: a vectorized search is much cheaper
    // than the regex, whose first character can be almost any letter.
    private static bool MayContainEmail(string text) =>
        text.Contains('@', StringComparison.Ordinal)
        || text.Contains("[at]", StringComparison.OrdinalIgnoreCase)
        || text.Contains("(at)", StringComparison.OrdinalIgnoreCase);

    // Also catches obfuscated "name [at] domain.com" forms that scrapers pass through.
    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+(?:@|\s*\[at\]\s*|\s*\(at\)\s*)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex Email();

    // North American numbers with separators, and international "+44 20 7946 0958"-style numbers.
    [GeneratedRegex(@"(?<![\w/.=-])(?:\+?1[\s.\-]?)?(?:\(\d{3}\)|\d{3})[\s.\-]\d{3}[\s.\-]\d{4}(?!\d)|\+\d{1,3}(?:[\s.\-]?\d{2,4}){2,4}(?!\d)")]
    private static partial Regex Phone();
}
