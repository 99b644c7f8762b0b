using Marketplace.AppHost.Hosting.Processes;

namespace Marketplace.AppHost.Hosting.Resources;

/// <summary>
/// Something the topology runs or provides: a server process, a database inside one, a service. It knows how to
/// start, how to tell it is healthy and how to stop; what it waits for and who references it is the app model's job.
/// </summary>
public abstract class Resource(string name, string kind)
{
    public string Name { get; } = name;

    /// <summary>"postgres", "rabbitmq", "redis", "database", "project".</summary>
    public string Kind { get; } = kind;

    public ResourceState State { get; protected set; } = ResourceState.NotStarted;

    public virtual int? Pid => null;

    /// <summary>Where clients reach it (a URL or host:port), for people; connection strings come from the model.</summary>
    public abstract string? Endpoint { get; }

    /// <summary>Starts after the first one.</summary>
    public int Restarts { get; protected set; }

    public DateTimeOffset? StartedAt { get; protected set; }

    public LogBuffer Logs { get; } = new();

    /// <summary>Every line the resource writes (the AppHost streams them with a prefix).</summary>
    public event Action<Resource, string>? LogLine;

    public abstract Task StartAsync(CancellationToken cancellationToken);

    public abstract Task StopAsync();

    public abstract Task<bool> IsHealthyAsync(CancellationToken cancellationToken);

    /// <summary>For waiters (the app model marks a resource Waiting while its dependencies come up).</summary>
    public void MarkWaiting() => State = ResourceState.Waiting;

    protected void Log(string line)
    {
        Logs.Add(line);
        LogLine?.Invoke(this, line);
    }

    protected void MarkStarted()
    {
        Restarts += StartedAt is null ? 0 : 1;
        StartedAt = DateTimeOffset.UtcNow;
    }
}
