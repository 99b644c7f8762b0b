namespace Marketplace.Listings.Api.Background;

/// <summary>"Listings:Lifecycle": how often expiry, renewal and reminders are swept, and how far ahead owners are told.</summary>
public sealed class ListingLifecycleOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan ReminderLead { get; set; } = TimeSpan.FromDays(3);

    public int BatchSize { get; set; } = 200;
}
