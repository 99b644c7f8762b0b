namespace Marketplace.AppHost.Hosting.Resources;

public enum ResourceState
{
    NotStarted,
    Waiting,
    Starting,
    Running,
    Stopping,
    Stopped,

    /// <summary>The process ended on its own after it had been running.</summary>
    Exited,

    /// <summary>It did not come up: a taken port, a timeout, an exit during start.</summary>
    Failed,
}
