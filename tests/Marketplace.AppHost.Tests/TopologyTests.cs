using System.Net;
using Marketplace.AppHost.Hosting.Probes;
using Marketplace.AppHost.Hosting.Processes;
using Marketplace.Testing;

namespace Marketplace.AppHost.Tests;

/// <summary>The built AppHost run as a child process, the way the end-to-end tests use it.</summary>
[NonParallelizable]
public sealed class TopologyTests
{
    private static readonly string[] Services =
        ["listings", "applications", "matching", "emergency-dispatch", "scraper-ingest", "market-analytics", "gateway"];

    private AppHostProcess topology = null!;

    [OneTimeSetUp]
    public async Task StartTopology() => topology = await AppHostProcess.StartAsync();

    [OneTimeTearDown]
    public async Task StopTopology()
    {
        if (topology is not null)
        {
            await topology.DisposeAsync();
        }
    }

    [Test]
    [Order(1)]
    public async Task Every_service_and_the_gateway_are_healthy()
    {
        var resources = await topology.GetResourcesAsync();
        Assert.That(resources.Where(r => r.Kind == "project").Select(r => r.Name), Is.EquivalentTo(Services));

        foreach (var name in Services)
        {
            var resource = await topology.CheckHealthAsync(name);
            Assert.That((resource.State, resource.Healthy), Is.EqualTo(("running", (bool?)true)), name);
        }

        using var client = new HttpClient { BaseAddress = topology.GatewayUrl };
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    [Order(2)]
    public async Task RabbitMQ_stopped_and_started_from_the_dashboard_comes_back_and_services_stay_healthy()
    {
        var broker = (await topology.GetResourcesAsync()).Single(r => r.Name == "messaging");

        var port = new Uri(broker.Endpoint!).Port;

        await topology.StopResourceAsync("messaging");
        var stopped = await topology.CheckHealthAsync("messaging");
        Assert.Multiple(async () =>
        {
            Assert.That((stopped.State, stopped.Pid), Is.EqualTo(("stopped", (int?)null)));
            Assert.That(await TcpProbe.IsListeningAsync(port, CancellationToken.None), Is.False, "the broker's port is closed");
        });

        await topology.StartResourceAsync("messaging");
        var restarted = await topology.CheckHealthAsync("messaging");

        Assert.Multiple(async () =>
        {
            Assert.That((restarted.Healthy, restarted.Restarts), Is.EqualTo(((bool?)true, broker.Restarts + 1)));
            Assert.That(await Wait.UntilAsync(async () => await AllServicesHealthyAsync(), TimeSpan.FromSeconds(60)), Is.True);
        });
    }

    [Test]
    [Order(3)]
    public async Task Stopping_the_AppHost_leaves_none_of_its_processes_running()
    {
        var pids = (await topology.GetResourcesAsync()).Select(r => r.Pid).OfType<int>().ToList();
        Assume.That(pids, Has.Count.GreaterThanOrEqualTo(10));

        await topology.DisposeAsync();

        Assert.Multiple(() =>
        {
            Assert.That(pids.Where(Signals.IsAlive), Is.Empty);
            Assert.That(Signals.IsAlive(topology.ProcessId), Is.False);
            Assert.That(ProcessTable.WithEnvironment(ChildProcess.StateTag, f => f == topology.StateFolder), Is.Empty);
        });
        topology = null!;
    }

    private async Task<bool> AllServicesHealthyAsync()
    {
        foreach (var name in Services)
        {
            if ((await topology.CheckHealthAsync(name)).Healthy != true)
            {
                return false;
            }
        }

        return true;
    }
}
