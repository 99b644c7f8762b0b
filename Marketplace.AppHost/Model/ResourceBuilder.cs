using Marketplace.AppHost.Hosting.Resources;

namespace Marketplace.AppHost.Model;

/// <summary>Fluent handle on a resource in the model, as Aspire's IResourceBuilder&lt;T&gt;.</summary>
public sealed class ResourceBuilder<T>(DistributedApplicationBuilder application, ResourceNode node)
    where T : Resource
{
    public DistributedApplicationBuilder Application { get; } = application;

    public T Resource => (T)Node.Resource;

    public ResourceNode Node { get; } = node;

    /// <summary>Start only after <paramref name="dependency"/> is healthy; stop before it.</summary>
    public ResourceBuilder<T> WaitFor<TOther>(ResourceBuilder<TOther> dependency)
        where TOther : Resource
    {
        Node.WaitsFor.Add(dependency.Node);
        return this;
    }
}
