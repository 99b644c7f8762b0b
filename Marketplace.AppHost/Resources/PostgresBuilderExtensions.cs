using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.AppHost.Resources;

public static class PostgresBuilderExtensions
{
    /// <summary>
    /// Keeps user data out of the server log (issue #9, item 8): a failing statement is logged as its error message
    /// only — no DETAIL ("Failing row contains ..."), no statement text, no parameter values.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> PrivateLogSettings = new Dictionary<string, string>
    {
        ["log_error_verbosity"] = "terse",
        ["log_min_error_statement"] = "panic",
        ["log_statement"] = "none",
        ["log_parameter_max_length"] = "0",
        ["log_parameter_max_length_on_error"] = "0",
    };

    /// <summary>
    /// PostgreSQL 15 on 127.0.0.1:<paramref name="port"/>, its cluster in &lt;stateFolder&gt;/&lt;name&gt; (made by a
    /// "&lt;name&gt;-init" step that runs initdb once and finishes), health-checked with a query.
    /// </summary>
    public static IResourceBuilder<PostgresServerResource> AddPostgres(
        this IDistributedApplicationBuilder builder, string name, int port, string stateFolder)
    {
        var home = Path.Combine(stateFolder, name);
        Directory.CreateDirectory(home);
        var server = new PostgresServerResource(name, home, port);
        var init = builder.AddExecutable($"{name}-init", "/bin/sh", home, "-c", InitScript(server))
            .ExcludeFromManifest();

        var healthCheck = $"{name}-query";
        builder.Services.AddHealthChecks().AddCheck(healthCheck, new PostgresHealthCheck(server.ConnectionStringFor("postgres")));

        List<string> arguments = [.. ServerUser.Prefix(Path.Combine(PostgresServerResource.BinDirectory, "postgres")),
            "-D", server.DataDirectory, "-p", port.ToString(CultureInfo.InvariantCulture),
            "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
        foreach (var (key, value) in PrivateLogSettings)
        {
            arguments.AddRange(["-c", $"{key}={value}"]);
        }

        return builder.AddResource(server)
            .WithArgs([.. arguments])
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: "tcp", isProxied: false)
            .WithHealthCheck(healthCheck)
            .WaitForCompletion(init)
            .ExcludeFromManifest();
    }

    /// <summary>Server settings (-c key=value), e.g. max_connections.</summary>
    public static IResourceBuilder<PostgresServerResource> WithSettings(
        this IResourceBuilder<PostgresServerResource> server, IReadOnlyDictionary<string, string> settings) =>
        server.WithArgs([.. settings.SelectMany(s => new[] { "-c", $"{s.Key}={s.Value}" })]);

    /// <summary>Fails at start, naming the fix, when pgvector (or cube/earthdistance, for radius search) is not installed.</summary>
    public static IResourceBuilder<PostgresServerResource> WithPgVector(this IResourceBuilder<PostgresServerResource> server)
    {
        string[] required = ["vector", "cube", "earthdistance"];
        var missing = required.Where(e => !File.Exists($"/usr/share/postgresql/15/extension/{e}.control")).ToList();
        return missing.Count == 0
            ? server
            : throw new DistributedApplicationException(
                $"PostgreSQL extension {string.Join(", ", missing)} is not installed: run eng/setup.sh.");
    }

    /// <summary>A database in the server, created by its health check when missing; services wait for it.</summary>
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(this IResourceBuilder<PostgresServerResource> server, string name)
    {
        var database = new PostgresDatabaseResource(name, server.Resource);
        var healthCheck = $"{name}-exists";
        server.ApplicationBuilder.Services.AddHealthChecks().AddCheck(healthCheck,
            new PostgresHealthCheck(server.Resource.ConnectionStringFor("postgres"), ensureDatabase: name));
        // A database has no process of its own: it is running once its server is ready, then its health check creates it.
        server.ApplicationBuilder.Eventing.Subscribe<ResourceReadyEvent>(server.Resource, async (ready, _) =>
            await ready.Services.GetRequiredService<ResourceNotificationService>()
                .PublishUpdateAsync(database, s => s with { State = KnownResourceStates.Running }));
        return server.ApplicationBuilder.AddResource(database)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgresDatabase",
                State = KnownResourceStates.Waiting,
                Properties = [new ResourcePropertySnapshot(CustomResourceKnownProperties.Source, server.Resource.Name)],
            })
            .WithHealthCheck(healthCheck)
            .ExcludeFromManifest();
    }

    /// <summary>
    /// Owns the cluster folder as the server user, runs initdb once, and removes a postmaster.pid left by a server
    /// that was killed outright if its pid now belongs to another program (PostgreSQL would refuse to start).
    /// </summary>
    private static string InitScript(PostgresServerResource server)
    {
        var program = Path.Combine(PostgresServerResource.BinDirectory, "initdb");
        var initdb = ServerUser.IsRoot ? "setpriv " + string.Join(' ', ServerUser.Prefix(program)) : program;

        var data = server.DataDirectory;
        return $"""
            set -e
            {(ServerUser.IsRoot ? $"chown -R {PostgresServerResource.Superuser}:{PostgresServerResource.Superuser} '{server.Home}'" : ":")}
            if [ ! -f '{data}/PG_VERSION' ]; then
              {initdb} -D '{data}' -U {PostgresServerResource.Superuser} --auth=trust --encoding=UTF8 --locale=C --no-sync
            fi
            if [ -f '{data}/postmaster.pid' ]; then
              pid=$(head -n 1 '{data}/postmaster.pid')
              if [ "$(cat /proc/$pid/comm 2>/dev/null)" != postgres ]; then rm -f '{data}/postmaster.pid'; fi
            fi
            """;
    }
}
