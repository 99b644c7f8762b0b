namespace Marketplace.Listings.Api.Alerts;

/// <summary>How often an alert reports: every matcher pass, or a digest once a day or week.</summary>
public enum AlertFrequency
{
    Instant,
    Daily,
    Weekly,
}
