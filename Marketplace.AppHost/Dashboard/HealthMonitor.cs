using System.Collections.Concurrent;
using Marketplace.AppHost.Hosting.Resources;
using Marketplace.AppHost.Model;

namespace Marketplace.AppHost.Dashboard;

/// <summary>
/// Probes every running resource every few seconds for the dashboard's health column. The page refreshes more
/// often than that, so it shows the last result rather than probing on each request.
/// </summary>
public sealed class HealthMonitor(IReadOnlyList<ResourceNode> nodes)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<string, bool> latest = new(StringComparer.Ordinal);

    public bool? LastResult(Resource resource) =>
        resource.State == ResourceState.Running && latest.TryGetValue(resource.Name, out var healthy) ? healthy : null;

    /// <summary>The full check, on demand (GET /api/resources/{name}/health, after a start command).</summary>
    public async Task<bool> ProbeAsync(Resource resource, CancellationToken cancellationToken)
    {
        var healthy = resource.State == ResourceState.Running && await resource.IsHealthyAsync(cancellationToken);
        latest[resource.Name] = healthy;
        return healthy;
    }

    private async Task PollAsync(Resource resource, CancellationToken cancellationToken) =>
        latest[resource.Name] = resource.State == ResourceState.Running && await resource.IsStillHealthyAsync(cancellationToken);

    public async Task RunUntilAsync(CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.WhenAll(nodes.Select(n => PollAsync(n.Resource, stop)));
                await Task.Delay(Interval, stop);
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }
}
