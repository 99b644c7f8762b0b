using Marketplace.Testing;

namespace Marketplace.EndToEnd.Tests;

/// <summary>
/// Starts the whole topology once for this assembly exactly as ./run.sh does (the AppHost's own build, as a child
/// process, with its own state folder and ports), and stops it at the end, checking nothing is left running.
/// </summary>
[SetUpFixture]
public sealed class TopologySetup
{
    public static AppHostProcess Topology { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartTopology()
    {
        // The gateway's per-user limit protects production; these tests are one user sending a thousand requests.
        // Children of the AppHost inherit this process's environment.
        Environment.SetEnvironmentVariable("RateLimiting__PermitLimit", "1000000");
        Environment.SetEnvironmentVariable("RateLimiting__AnonymousPermitLimit", "1000000");
        Topology = await AppHostProcess.StartAsync(TimeSpan.FromMinutes(6));
    }

    [OneTimeTearDown]
    public async Task StopTopology()
    {
        if (Topology is not null)
        {
            await Topology.DisposeAsync();
        }
    }
}
