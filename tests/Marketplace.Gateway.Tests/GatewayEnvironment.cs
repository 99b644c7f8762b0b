using System.Net;
using System.Net.Sockets;
using Marketplace.Gateway.Routing;
using Marketplace.Gateway.Tests.Infrastructure;
using Marketplace.Testing;

namespace Marketplace.Gateway.Tests;

/// <summary>
/// The run-wide set-up (in the root namespace so that it precedes every fixture). Shared by every fixture of the run: the real Redis of <see cref="TestInfrastructure"/> and one downstream
/// service per marketplace service. Each gateway gets its own rate-limit key prefix, so fixtures never share counters.
/// </summary>
[SetUpFixture]
public sealed class GatewayEnvironment
{
    private static TestInfrastructure? infrastructure;
    private static Dictionary<string, DownstreamService>? services;

    public static IReadOnlyDictionary<string, DownstreamService> Services =>
        services ?? throw new InvalidOperationException("The gateway test environment has not started.");

    public static string RedisConnectionString =>
        infrastructure?.RedisConnectionString ?? throw new InvalidOperationException("The gateway test environment has not started.");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        infrastructure = await TestInfrastructure.GetAsync();
        services = new Dictionary<string, DownstreamService>(StringComparer.Ordinal);
        foreach (var name in ServiceRouteTable.PrefixesByService.Keys)
        {
            services[name] = await DownstreamService.StartAsync(name);
        }
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        foreach (var service in services?.Values.ToList() ?? [])
        {
            await service.DisposeAsync();
        }
    }

    /// <summary>
    /// Settings for a gateway in front of every downstream service, with generous limits unless overridden.
    /// Setting a key to null removes it (e.g. a service's address).
    /// </summary>
    public static Dictionary<string, string?> GatewaySettings(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["ConnectionStrings:cache"] = RedisConnectionString,
            ["RateLimiting:KeyPrefix"] = $"test:{Guid.NewGuid():N}",
            ["RateLimiting:PermitLimit"] = "10000",
            ["RateLimiting:AnonymousPermitLimit"] = "10000",
        };
        foreach (var (name, service) in Services)
        {
            settings[$"services:{name}:http:0"] = service.Address.ToString();
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                settings.Remove(key);
            }
            else
            {
                settings[key] = value;
            }
        }

        return settings;
    }

    /// <summary>A loopback port nothing listens on (bound, then released).</summary>
    public static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
