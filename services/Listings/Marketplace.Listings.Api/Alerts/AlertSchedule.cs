namespace Marketplace.Listings.Api.Alerts;

/// <summary>The time between two runs of an alert; zero means every matcher pass.</summary>
public static class AlertSchedule
{
    public static TimeSpan Period(AlertFrequency frequency) => frequency switch
    {
        AlertFrequency.Daily => TimeSpan.FromDays(1),
        AlertFrequency.Weekly => TimeSpan.FromDays(7),
        _ => TimeSpan.Zero,
    };
}
