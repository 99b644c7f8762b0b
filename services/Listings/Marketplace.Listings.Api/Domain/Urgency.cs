namespace Marketplace.Listings.Api.Domain;

/// <summary>How soon the work must be covered.</summary>
public enum Urgency
{
    Standard,
    Priority,
    Urgent,
    Emergency,
}
