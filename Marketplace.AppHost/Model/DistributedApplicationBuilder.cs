using Marketplace.AppHost.Hosting.Resources;

namespace Marketplace.AppHost.Model;

/// <summary>
/// Collects the topology, in the shape of Aspire's DistributedApplication.CreateBuilder: resources are added with
/// Add* extension methods (Extensions.cs), wired with WithReference and ordered with WaitFor.
/// </summary>
public sealed class DistributedApplicationBuilder
{
    private readonly List<ResourceNode> nodes = [];

    private DistributedApplicationBuilder(AppHostOptions options)
    {
        Options = options;
        Ports = new PortPlan(options);
    }

    public AppHostOptions Options { get; }

    public PortPlan Ports { get; }

    public string StateFolder => Options.StateFolder;

    public static DistributedApplicationBuilder CreateBuilder(string[] args) => new(AppHostOptions.Parse(args));

    public ResourceBuilder<T> AddResource<T>(T resource)
        where T : Resource
    {
        if (nodes.Any(n => n.Resource.Name == resource.Name))
        {
            throw new InvalidOperationException($"A resource named {resource.Name} is already in the model.");
        }

        var node = new ResourceNode(resource);
        nodes.Add(node);
        return new ResourceBuilder<T>(this, node);
    }

    public DistributedApplication Build() => new(Options, Ports, nodes);
}
