namespace Marketplace.Applications.Api.Workers;

/// <summary>"Applications:OfferExpiry": how often offers past their expiry are expired, and how many per pass.</summary>
public sealed class OfferExpiryOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    public int BatchSize { get; set; } = 200;
}
