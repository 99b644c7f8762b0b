using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Marketplace.AppHost.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.EndToEnd.Tests;

/// <summary>
/// The whole topology exactly as ./run.sh describes it (Marketplace.AppHost's Program), started through Aspire's
/// testing builder with its own state folder, a free block of ports (--port-offset) and a free gateway port, so it
/// runs beside a developer's. Resources are stopped and started with Aspire's resource commands.
/// </summary>
public sealed class AspireTopology : IAsyncDisposable
{
    private readonly DistributedApplication app;
    private readonly string stateFolder;
    private readonly int brokerPort;

    private AspireTopology(DistributedApplication app, string stateFolder, int gatewayPort, int webPort, int brokerPort)
    {
        this.app = app;
        this.stateFolder = stateFolder;
        this.brokerPort = brokerPort;
        GatewayUrl = new Uri($"http://127.0.0.1:{Format(gatewayPort)}");
        WebUrl = new Uri($"http://127.0.0.1:{Format(webPort)}");
    }

    public Uri GatewayUrl { get; }

    /// <summary>The web app (web/Marketplace.Web), a frontend of the gateway like any other.</summary>
    public Uri WebUrl { get; }

    public DistributedApplication Application => app;

    /// <summary>Every resource with a health check, as the AppHost declares them.</summary>
    public IReadOnlyList<string> HealthCheckedResources =>
        app.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .Where(r => r.Annotations.OfType<HealthCheckAnnotation>().Any()).Select(r => r.Name).ToList();

    public static async Task<AspireTopology> StartAsync(TimeSpan timeout, IReadOnlyDictionary<string, string>? gatewaySettings = null)
    {
        var stateFolder = Path.Combine(Path.GetTempPath(), "marketplace-topology", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(stateFolder);
        var offset = FreeOffset();
        var gatewayPort = FreePort();
        var webPort = FreePort();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Marketplace_AppHost>(
            ["--state", stateFolder, "--port-offset", Format(offset), "--gateway-port", Format(gatewayPort), "--web-port", Format(webPort)]);
        // Matching would spend minutes of both cores embedding ~40k role aliases (ADR 0081) on every fresh topology; no
        // end-to-end or browser test normalizes roles, and Matching's own tests cover the vector path.
        builder.CreateResourceBuilder<ProjectResource>("matching").WithEnvironment("Matching__Roles__Vectors", "false");
        var gateway = builder.CreateResourceBuilder<ProjectResource>("gateway");
        foreach (var (key, value) in gatewaySettings ?? new Dictionary<string, string>())
        {
            gateway.WithEnvironment(key, value);
        }

        var app = await builder.BuildAsync();
        var topology = new AspireTopology(app, stateFolder, gatewayPort, webPort, 5111 + offset);
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await app.StartAsync(limit.Token);
            await Task.WhenAll(topology.HealthCheckedResources.Select(name =>
                app.ResourceNotifications.WaitForResourceHealthyAsync(name, limit.Token)));
        }
        catch (OperationCanceledException ex)
        {
            await topology.DisposeAsync();
            throw new TimeoutException($"The topology was not healthy within {timeout}.", ex);
        }

        return topology;
    }

    /// <summary>Stops a resource (e.g. "messaging": a real broker outage) with Aspire's stop command; returns once it has exited.</summary>
    public async Task StopResourceAsync(string name)
    {
        await ExecuteAsync(name, KnownResourceCommands.StopCommand);
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await app.ResourceNotifications.WaitForResourceAsync(name,
            [KnownResourceStates.Exited, KnownResourceStates.Finished, KnownResourceStates.FailedToStart], limit.Token);
    }

    /// <summary>Starts it again with Aspire's start command; returns once it is healthy.</summary>
    public async Task StartResourceAsync(string name)
    {
        await ExecuteAsync(name, KnownResourceCommands.StartCommand);
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await app.ResourceNotifications.WaitForResourceAsync(name, KnownResourceStates.Running, limit.Token);
        if (name == "messaging")
        {
            while (!await AmqpHealthCheck.IsReadyAsync(brokerPort, limit.Token))
            {
                await Task.Delay(200, limit.Token);
            }
        }

        await app.ResourceNotifications.WaitForResourceHealthyAsync(name, limit.Token);
    }

    /// <summary>Stops the AppHost; throws if any process it started is still running 60 seconds later.</summary>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        var leftovers = Leftovers();
        while (leftovers.Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            leftovers = Leftovers();
        }

        try
        {
            Directory.Delete(stateFolder, recursive: true);
        }
        catch (IOException)
        {
            // Removed with the temporary folder.
        }

        if (leftovers.Count > 0)
        {
            throw new InvalidOperationException($"The topology left processes running: {string.Join(", ", leftovers)}");
        }
    }

    /// <summary>Processes of this topology: servers naming its state folder, its epmd, and services holding its broker's address.</summary>
    public List<string> Leftovers()
    {
        var broker = $"127.0.0.1:{Format(brokerPort)}";
        var epmd = $"-port\0{Format(brokerPort + 2)}";
        var found = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), out _)))
        {
            var commandLine = Read(Path.Combine(dir, "cmdline"));
            if (commandLine.Contains(stateFolder, StringComparison.Ordinal) || commandLine.Contains(epmd, StringComparison.Ordinal)
                || Read(Path.Combine(dir, "environ")).Contains(broker, StringComparison.Ordinal))
            {
                found.Add($"{Path.GetFileName(dir)} {commandLine.Split('\0')[0]}");
            }
        }

        return found;
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    private async Task ExecuteAsync(string resource, string command)
    {
        var result = await app.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(resource, command);
        if (!result.Success)
        {
            throw new InvalidOperationException($"{command} {resource}: {result.Message}");
        }
    }

    /// <summary>An offset whose block (5101–5114 shifted) is free now.</summary>
    private static int FreeOffset()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var offset = Random.Shared.Next(500, 2000) * 20;
            if (Enumerable.Range(5101, 14).All(p => IsFree(p + offset)))
            {
                return offset;
            }
        }

        throw new InvalidOperationException("No free block of ports for the topology.");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private static string Format(int n) => n.ToString(CultureInfo.InvariantCulture);
}
