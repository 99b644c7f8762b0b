using Marketplace.AppHost.Hosting.Resources;

namespace Marketplace.AppHost.Model;

/// <summary>A resource in the model with what it waits for and, for projects, the environment it is given.</summary>
public sealed class ResourceNode(Resource resource)
{
    public Resource Resource { get; } = resource;

    public List<ResourceNode> WaitsFor { get; } = [];

    /// <summary>Environment variables resolved at each start, so they always name current endpoints.</summary>
    public Dictionary<string, Func<string>> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>0 for what waits for nothing; otherwise one more than the deepest thing it waits for.</summary>
    public int Depth => WaitsFor.Count == 0 ? 0 : WaitsFor.Max(n => n.Depth) + 1;
}
