using Marketplace.AppHost.Dashboard;
using Marketplace.AppHost.Hosting.Processes;
using Marketplace.AppHost.Hosting.Resources;
using Marketplace.AppHost.Model;

namespace Marketplace.AppHost.Orchestration;

/// <summary>
/// Starts every resource once what it waits for is healthy, reports the first failure in one line and shuts down,
/// or prints the URLs once all are healthy and runs until Ctrl+C / SIGTERM; then stops everything it started, those
/// that wait for others first.
/// </summary>
public sealed class Orchestrator(AppHostOptions options, PortPlan ports, IReadOnlyList<ResourceNode> nodes)
{
    public const string ReadyMessage = "All resources are healthy.";

    private readonly ConsoleLog console = new(nodes.Select(n => n.Resource.Name));

    public async Task<int> RunAsync()
    {
        using var shutdown = new ShutdownSignal();
        AppDomain.CurrentDomain.ProcessExit += KillEverything;
        try
        {
            return await RunUntilShutdownAsync(shutdown.Token);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ResourceStartException or IOException)
        {
            console.Info($"error: {ex.Message}");
            await StopAllAsync();
            return 1;
        }
        finally
        {
            AppDomain.CurrentDomain.ProcessExit -= KillEverything;
        }
    }

    private async Task<int> RunUntilShutdownAsync(CancellationToken shutdown)
    {
        using var stateLock = StateFolderLock.Acquire(options.StateFolder, options.Reset);
        if (stateLock.KilledLeftovers > 0)
        {
            console.Info($"killed {stateLock.KilledLeftovers} leftover processes of an earlier run");
        }

        foreach (var node in nodes)
        {
            console.Attach(node.Resource);
        }

        EnsurePortsAreFree();
        await using var dashboard = await DashboardServer.StartAsync(ports.Dashboard, nodes);
        console.Info($"state folder {options.StateFolder}; dashboard {dashboard.Url}");

        var failure = await StartAllAsync(shutdown);
        if (failure is not null)
        {
            console.Info($"error: {failure.Message}");
            foreach (var line in failure.LogTail)
            {
                console.Write(failure.Resource, line);
            }

            await StopAllAsync();
            return 1;
        }

        if (!shutdown.IsCancellationRequested)
        {
            var gateway = nodes.Select(n => n.Resource).OfType<ProjectResource>().FirstOrDefault(p => p.Name == "gateway");
            console.Info($"{ReadyMessage} Gateway: {gateway?.Endpoint ?? "(none)"}  Dashboard: {dashboard.Url}  (Ctrl+C stops everything)");
            await dashboard.MonitorHealthUntilAsync(shutdown);
        }

        console.Info("stopping...");
        await StopAllAsync();
        console.Info("stopped");
        return 0;
    }

    /// <summary>Each resource starts when all it waits for are running; the first failure cancels the rest.</summary>
    private async Task<ResourceStartException?> StartAllAsync(CancellationToken shutdown)
    {
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(shutdown);
        var ready = nodes.ToDictionary(n => n, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        ResourceStartException? firstFailure = null;

        async Task StartAsync(ResourceNode node)
        {
            try
            {
                node.Resource.MarkWaiting();
                await Task.WhenAll(node.WaitsFor.Select(d => ready[d].Task)).WaitAsync(abort.Token);
                await node.Resource.StartAsync(abort.Token);
                ready[node].TrySetResult();
            }
            catch (OperationCanceledException)
            {
                ready[node].TrySetCanceled();
            }
            catch (Exception ex)
            {
                var failure = ex as ResourceStartException
                    ?? new ResourceStartException(node.Resource.Name, ex.Message, node.Resource.Logs.Tail(20));
                Interlocked.CompareExchange(ref firstFailure, failure, null);
                ready[node].TrySetCanceled();
                await abort.CancelAsync();
            }
        }

        await Task.WhenAll(nodes.Select(StartAsync));
        return firstFailure;
    }

    /// <summary>A taken port fails the run before anything starts, not after the servers have booted.</summary>
    private void EnsurePortsAreFree()
    {
        foreach (var resource in nodes.Select(n => n.Resource).OfType<ProcessResource>())
        {
            if (resource.RequiredPorts.FirstOrDefault(p => !FreePorts.IsFree(p)) is var taken and > 0)
            {
                throw new ResourceStartException(resource.Name, $"port {taken} on 127.0.0.1 is already in use", []);
            }
        }
    }

    /// <summary>Dependents before their dependencies (deepest first); resources at one depth stop together.</summary>
    private async Task StopAllAsync()
    {
        foreach (var level in nodes.GroupBy(n => n.Depth).OrderByDescending(g => g.Key))
        {
            await Task.WhenAll(level.Select(async node =>
            {
                try
                {
                    await node.Resource.StopAsync();
                }
                catch (Exception ex) when (ex is IOException or InvalidOperationException)
                {
                    console.Info($"{node.Resource.Name} did not stop cleanly: {ex.Message}");
                }
            }));
        }
    }

    // Last resort if the AppHost's own process exits without a clean shutdown (an unhandled exception).
    private void KillEverything(object? sender, EventArgs e)
    {
        foreach (var resource in nodes.Select(n => n.Resource).OfType<ProcessResource>())
        {
            resource.KillNow();
        }
    }
}
