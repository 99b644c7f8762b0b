using System.Globalization;
using Marketplace.AppHost.Resources;

namespace Marketplace.AppHost;

/// <summary>The service vocabulary of the system map (Program.cs); the servers' is in Resources/.</summary>
public static class Extensions
{
    /// <summary>A service with its own database, the broker and the cache, started once all three are healthy.</summary>
    public static IResourceBuilder<ProjectResource> AddService<TProject>(
        this IDistributedApplicationBuilder builder, string name, int port,
        IResourceBuilder<PostgresDatabaseResource> database,
        IResourceBuilder<RabbitMQServerResource> messaging,
        IResourceBuilder<RedisServerResource> cache)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name).AsLocalService(port)
            .WithReference(database).WithReference(messaging).WithReference(cache)
            .WaitFor(database).WaitFor(messaging).WaitFor(cache);

    /// <summary>
    /// Listens on 127.0.0.1:<paramref name="port"/> with no proxy in front, in Development (development tokens, the
    /// OpenAPI documents), reports /health to the dashboard, and exports its telemetry to it (Aspire sets the OTLP endpoint).
    /// </summary>
    public static IResourceBuilder<ProjectResource> AsLocalService(this IResourceBuilder<ProjectResource> project, int port) =>
        project
            .WithHttpEndpoint(port: port, targetPort: port, name: "http", isProxied: false)
            .WithEnvironment("ASPNETCORE_URLS", "http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture))
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Development")
            .WithHttpHealthCheck("/health");
}
