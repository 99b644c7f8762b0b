namespace Marketplace.Applications.Api.Tracker;

public enum StageOutcome
{
    Pending,
    Passed,
    Failed,
    Cancelled,
}
