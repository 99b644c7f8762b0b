namespace Marketplace.MarketAnalytics.Api.Domain;

/// <summary>
/// Scraped boards never say when a job closes: an external posting counts as active until <see cref="Days"/> days
/// after it was last seen, and each re-import that sees it again extends that (ADR 0100).
/// </summary>
public static class ExternalPostingLifetime
{
    public const int Days = 30;

    public static DateOnly ClosesOn(DateTimeOffset lastSeenAt) => DateOnly.FromDateTime(lastSeenAt.UtcDateTime).AddDays(Days + 1);
}
