namespace Marketplace.Listings.Api.Alerts;

/// <summary>Where the notification service delivers an alert; one JobAlertMatched event per channel.</summary>
public enum AlertChannel
{
    Email,
    Sms,
    Push,
}
