using Marketplace.AppHost.Hosting.Processes;

namespace Marketplace.AppHost.Hosting.Resources;

/// <summary>A resource backed by one child process (and whatever it spawns), tagged with its state folder.</summary>
public abstract class ProcessResource(string name, string kind, string stateFolder) : Resource(name, kind)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private ChildProcess? process;
    private bool stopping;

    public string StateFolder { get; } = stateFolder;

    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan StopTimeout { get; set; } = TimeSpan.FromSeconds(15);

    public override int? Pid => process is { HasExited: false } p ? p.Id : null;

    /// <summary>The signal that asks the server to shut down cleanly.</summary>
    protected virtual int StopSignal => Signals.Terminate;

    /// <summary>Ports that must be free before the process starts, so a clash is reported rather than a timeout.</summary>
    protected abstract IEnumerable<int> RequiredPorts { get; }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (process is { HasExited: false })
        {
            return;
        }

        State = ResourceState.Starting;
        if (RequiredPorts.FirstOrDefault(p => !FreePorts.IsFree(p)) is var taken and > 0)
        {
            throw Fail($"port {taken} on 127.0.0.1 is already in use");
        }

        await PrepareAsync(cancellationToken);
        var launch = CreateLaunch();
        var environment = new Dictionary<string, string?>(launch.Environment) { [ChildProcess.StateTag] = StateFolder };
        stopping = false;
        process = ChildProcess.Start(launch with { Environment = environment }, Log);
        MarkStarted();

        var deadline = DateTime.UtcNow + StartTimeout;
        try
        {
            while (true)
            {
                if (process.HasExited)
                {
                    await process.KillGroupAsync();
                    throw Fail($"exited with code {process.ExitCode} during start");
                }

                if (await IsHealthyAsync(cancellationToken))
                {
                    State = ResourceState.Running;
                    _ = WatchForExitAsync(process);
                    return;
                }

                if (DateTime.UtcNow > deadline)
                {
                    await process.KillGroupAsync();
                    throw Fail($"not healthy within {StartTimeout.TotalSeconds:0}s");
                }

                await Task.Delay(PollInterval, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            await process.KillGroupAsync();
            State = ResourceState.Stopped;
            throw;
        }
    }

    public override async Task StopAsync()
    {
        if (process is not { } running)
        {
            return;
        }

        stopping = true;
        State = ResourceState.Stopping;
        await running.StopAsync(StopSignal, StopTimeout);
        await AfterStopAsync();
        State = ResourceState.Stopped;
    }

    /// <summary>Last resort for process-exit handlers: SIGKILL every group this resource owns, without waiting.</summary>
    public virtual void KillNow() => process?.KillGroupNow();

    protected virtual Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected abstract ProcessLaunch CreateLaunch();

    protected virtual Task AfterStopAsync() => Task.CompletedTask;

    protected ResourceStartException Fail(string reason)
    {
        State = ResourceState.Failed;
        Log($"[apphost] {Name} failed: {reason}");
        return new ResourceStartException(Name, reason, Logs.Tail(20));
    }

    private async Task WatchForExitAsync(ChildProcess watched)
    {
        await watched.WaitForExitAsync(CancellationToken.None);
        if (!stopping && ReferenceEquals(watched, process))
        {
            State = ResourceState.Exited;
            Log($"[apphost] {Name} exited unexpectedly with code {watched.ExitCode}");
            await watched.KillGroupAsync();
        }
    }
}
