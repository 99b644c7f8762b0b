namespace Marketplace.Applications.Api.Tracker;

public enum ClosedReason
{
    Rejected,
    Withdrawn,
    Ghosted,
    Declined,
    Accepted,
}
