using Marketplace.AppHost.Orchestration;

namespace Marketplace.AppHost.Model;

/// <summary>The built topology. Run() starts it, blocks until Ctrl+C or SIGTERM, stops it, and sets the exit code.</summary>
public sealed class DistributedApplication(AppHostOptions options, PortPlan ports, IReadOnlyList<ResourceNode> nodes)
{
    public IReadOnlyList<ResourceNode> Nodes { get; } = nodes;

    public static DistributedApplicationBuilder CreateBuilder(string[] args) => DistributedApplicationBuilder.CreateBuilder(args);

    public void Run() => Environment.ExitCode = new Orchestrator(options, ports, Nodes).RunAsync().GetAwaiter().GetResult();
}
