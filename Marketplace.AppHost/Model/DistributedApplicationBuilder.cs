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

    /// <summary>Parses the command line; a mistake prints the usage and exits 2, --help prints it and exits 0.</summary>
    public static DistributedApplicationBuilder CreateBuilder(string[] args)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            Console.WriteLine(AppHostOptions.Usage);
            Environment.Exit(0);
        }

        try
        {
            return new DistributedApplicationBuilder(AppHostOptions.Parse(args));
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}{Environment.NewLine}{AppHostOptions.Usage}");
            Environment.Exit(2);
            throw;
        }
    }

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
