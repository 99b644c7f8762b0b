namespace Marketplace.Listings.Api.Domain;

/// <summary>Working pattern.</summary>
public enum ScheduleType
{
    FullTime,
    PartTime,
    Flexible,
}
