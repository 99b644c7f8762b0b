using System.Collections.Concurrent;
using System.Diagnostics;
using Marketplace.Gateway.Tests.Infrastructure;

namespace Marketplace.Gateway.Tests;

public sealed class CorrelationIdTelemetryTests
{
    private readonly ScopeCapturingLoggerProvider logs = new();
    private readonly ConcurrentQueue<Activity> requests = new();
    private ActivityListener listener = null!;
    private GatewayFactory gateway = null!;

    [OneTimeSetUp]
    public void StartGateway()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = requests.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        // YARP logs each forwarded request at Information: a real log line written inside the request's scope.
        gateway = new GatewayFactory(
            GatewayEnvironment.GatewaySettings(new Dictionary<string, string?> { ["Logging:LogLevel:Yarp.ReverseProxy"] = "Information" }),
            logs: logs);
    }

    [OneTimeTearDown]
    public async Task StopGateway()
    {
        listener.Dispose();
        await gateway.DisposeAsync();
    }

    [Test]
    public async Task Correlation_id_is_in_the_log_scope_of_the_forwarded_request()
    {
        var id = $"scope-{Guid.NewGuid():N}";
        using var client = gateway.CreateClient(caller: null);
        client.DefaultRequestHeaders.Add("X-Correlation-Id", id);

        using var response = await client.GetAsync("/api/v1/jobs");

        await response.ReadEchoAsync();
        var proxyLogs = logs.Entries.Where(e => e.Category.StartsWith("Yarp.ReverseProxy", StringComparison.Ordinal)
            && Equals(e.Scopes.GetValueOrDefault("CorrelationId"), id));
        Assert.That(proxyLogs, Is.Not.Empty);
    }

    [Test]
    public async Task Correlation_id_is_a_tag_of_the_request_activity()
    {
        using var client = gateway.CreateClient(caller: null);

        using var response = await client.GetAsync("/api/v1/jobs");

        var id = (await response.ReadEchoAsync()).CorrelationId;
        Assert.That(requests.Any(a => Equals(a.GetTagItem("correlation.id"), id)), Is.True);
    }
}
