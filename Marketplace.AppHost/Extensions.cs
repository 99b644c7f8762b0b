using System.Globalization;
using Marketplace.AppHost.Resources;

namespace Marketplace.AppHost;

/// <summary>The service vocabulary of the system map (Program.cs); the servers' is in Resources/.</summary>
public static class Extensions
{
    /// <summary>A service with its own database and the broker, started once both are healthy.</summary>
    public static IResourceBuilder<ProjectResource> AddService<TProject>(
        this IDistributedApplicationBuilder builder, string name, int port,
        IResourceBuilder<PostgresDatabaseResource> database,
        IResourceBuilder<RabbitMQServerResource> messaging)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name).AsLocalService(port)
            .WithReference(database).WithReference(messaging)
            .WaitFor(database).WaitFor(messaging);

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
