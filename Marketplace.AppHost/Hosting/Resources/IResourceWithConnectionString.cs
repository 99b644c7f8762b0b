namespace Marketplace.AppHost.Hosting.Resources;

/// <summary>A resource a service reaches through ConnectionStrings__{name} (Aspire's convention).</summary>
public interface IResourceWithConnectionString
{
    string Name { get; }

    string ConnectionString { get; }
}
