namespace Marketplace.ServiceDefaults.Outbox;

public enum RelayOutcome
{
    /// <summary>Nothing to publish, or another relay holds the leader lock.</summary>
    Idle,

    /// <summary>A full batch was published; more may be waiting.</summary>
    MoreWaiting,

    /// <summary>A publish failed; the rest of the batch stays unpublished.</summary>
    Failed,
}
