namespace Marketplace.Applications.Api.Tracker;

/// <summary>A tracked job's stage: Tracking → Applied → Interview → Offer → Closed (closed needs a reason).</summary>
public enum TrackerStatus
{
    Tracking,
    Applied,
    Interview,
    Offer,
    Closed,
}
