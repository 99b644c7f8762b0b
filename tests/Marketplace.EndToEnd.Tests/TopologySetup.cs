namespace Marketplace.EndToEnd.Tests;

/// <summary>
/// Starts the whole topology once for this assembly through Aspire's testing builder (the AppHost's own Program), and
/// stops it at the end, checking that no process it started is left running.
/// </summary>
[SetUpFixture]
public sealed class TopologySetup
{
    public static AspireTopology Topology { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartTopology() =>
        // The gateway's per-user limit protects production; these tests are one user sending a thousand requests.
        Topology = await AspireTopology.StartAsync(TimeSpan.FromMinutes(6), new Dictionary<string, string>
        {
            ["RateLimiting__PermitLimit"] = "1000000",
            ["RateLimiting__AnonymousPermitLimit"] = "1000000",
        });

    [OneTimeTearDown]
    public async Task StopTopology()
    {
        if (Topology is not null)
        {
            await Topology.DisposeAsync();
        }
    }
}
