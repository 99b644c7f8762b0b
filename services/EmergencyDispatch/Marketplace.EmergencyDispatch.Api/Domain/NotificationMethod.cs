namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>How a technician wants to be told; it is the Channel of their NotificationRequested.</summary>
public enum NotificationMethod
{
    Push,
    Sms,
    Email,
}
