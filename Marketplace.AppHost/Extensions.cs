using System.Reflection;
using Marketplace.AppHost.Hosting.Resources;
using Marketplace.AppHost.Model;

namespace Marketplace.AppHost;

/// <summary>The Add*/With* vocabulary of the system map (Program.cs), after Aspire's hosting extensions.</summary>
public static class Extensions
{
    public static ResourceBuilder<PostgresResource> AddPostgres(this DistributedApplicationBuilder builder, string name) =>
        builder.AddResource(new PostgresResource(name, builder.StateFolder, builder.Ports.Postgres, new Dictionary<string, string>
        {
            // Six services, each with a connection pool, a migration runner and an outbox relay.
            ["max_connections"] = "300",
        }));

    /// <summary>pgvector must be installed on this machine (eng/setup.sh builds it); each service creates the extension.</summary>
    public static ResourceBuilder<PostgresResource> WithPgVector(this ResourceBuilder<PostgresResource> postgres)
    {
        postgres.Resource.RequiredExtensions.Add("vector");
        postgres.Resource.RequiredExtensions.Add("cube");
        postgres.Resource.RequiredExtensions.Add("earthdistance");
        return postgres;
    }

    /// <summary>A database created in the server if missing; it waits for its server.</summary>
    public static ResourceBuilder<DatabaseResource> AddDatabase(this ResourceBuilder<PostgresResource> postgres, string name) =>
        postgres.Application.AddResource(new DatabaseResource(name, postgres.Resource)).WaitFor(postgres);

    public static ResourceBuilder<RabbitMqResource> AddRabbitMQ(this DistributedApplicationBuilder builder, string name) =>
        builder.AddResource(new RabbitMqResource(
            name, builder.StateFolder, builder.Ports.RabbitMq, builder.Ports.RabbitMqDistribution, builder.Ports.Epmd)
        {
            StartTimeout = TimeSpan.FromSeconds(120),
            StopTimeout = TimeSpan.FromSeconds(30),
        });

    public static ResourceBuilder<RedisResource> AddRedis(this DistributedApplicationBuilder builder, string name) =>
        builder.AddResource(new RedisResource(name, builder.StateFolder, builder.Ports.Redis));

    /// <summary>
    /// A .NET project run from its build output, &lt;repo&gt;/&lt;path&gt;/bin/&lt;configuration&gt;/net10.0/&lt;folder name&gt;.dll, with
    /// the AppHost's own configuration (dotnet run builds the referenced projects the same way).
    /// </summary>
    public static ResourceBuilder<ProjectResource> AddProject(this DistributedApplicationBuilder builder, string name, string projectPath)
    {
        var projectFolder = Path.Combine(builder.Options.RepositoryRoot, projectPath);
        var assembly = Path.Combine(projectFolder, "bin", BuildConfiguration, "net10.0", Path.GetFileName(projectPath) + ".dll");
        ResourceNode? node = null;
        var project = new ProjectResource(name, builder.StateFolder, assembly, builder.Ports.NextService(),
            () => node!.Environment.ToDictionary(e => e.Key, e => (string?)e.Value()));
        var resource = builder.AddResource(project);
        node = resource.Node;
        node.Environment["OTEL_SERVICE_NAME"] = () => name;
        node.Environment["ASPNETCORE_ENVIRONMENT"] = () => "Development";
        if (Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT") is { Length: > 0 } otlp)
        {
            node.Environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = () => otlp;
        }

        return resource;
    }

    /// <summary>ConnectionStrings__{name}: a database, the broker or the cache.</summary>
    public static ResourceBuilder<ProjectResource> WithReference<T>(this ResourceBuilder<ProjectResource> project, ResourceBuilder<T> source)
        where T : Resource, IResourceWithConnectionString
    {
        project.Node.Environment[$"ConnectionStrings__{source.Resource.Name}"] = () => source.Resource.ConnectionString;
        return project;
    }

    /// <summary>services__{name}__http__0: service discovery the way Aspire passes it.</summary>
    public static ResourceBuilder<ProjectResource> WithReference(this ResourceBuilder<ProjectResource> project, ResourceBuilder<ProjectResource> service)
    {
        project.Node.Environment[$"services__{service.Resource.Name}__http__0"] = () => service.Resource.Endpoint;
        return project;
    }

    /// <summary>The public entry point's fixed port (8080 unless --gateway-port; shifted by --port-offset).</summary>
    public static ResourceBuilder<ProjectResource> WithExternalHttpEndpoint(this ResourceBuilder<ProjectResource> project, int port)
    {
        project.Resource.Port = project.Application.Ports.Gateway(port);
        return project;
    }

    private static string BuildConfiguration =>
        typeof(Extensions).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
}
