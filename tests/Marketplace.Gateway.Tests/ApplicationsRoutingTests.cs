using Marketplace.Gateway.Tests.Infrastructure;

namespace Marketplace.Gateway.Tests;

/// <summary>Applications' paths inside /api/v1/jobs win over Listings' catch-all; Listings keeps the rest (issue 10).</summary>
public sealed class ApplicationsRoutingTests
{
    private GatewayFactory gateway = null!;

    [OneTimeSetUp]
    public void StartGateway() => gateway = new GatewayFactory(GatewayEnvironment.GatewaySettings());

    [OneTimeTearDown]
    public async Task StopGateway() => await gateway.DisposeAsync();

    private static readonly string Job = Guid.NewGuid().ToString();
    private static readonly string Application = Guid.NewGuid().ToString();

    [TestCase("POST", "/api/v1/jobs/{job}/apply", "applications")]
    [TestCase("GET", "/api/v1/jobs/{job}/applications", "applications")]
    [TestCase("GET", "/api/v1/jobs/applications/{app}", "applications")]
    [TestCase("PATCH", "/api/v1/jobs/applications/{app}/status", "applications")]
    [TestCase("POST", "/api/v1/jobs/applications/{app}/offer/respond", "applications")]
    [TestCase("GET", "/api/v1/jobs/my-applications", "applications")]
    [TestCase("DELETE", "/api/v1/jobs/my-applications/{app}", "applications")]
    [TestCase("GET", "/api/v1/tracker/stale", "applications")]
    [TestCase("GET", "/api/v1/jobs/{job}", "listings")]
    [TestCase("GET", "/api/v1/jobs/mine", "listings")]
    [TestCase("POST", "/api/v1/jobs/{job}/publish", "listings")]
    [TestCase("GET", "/api/v1/jobs", "listings")]
    public async Task The_more_specific_route_reaches_its_owner(string method, string template, string service)
    {
        var path = template.Replace("{job}", Job, StringComparison.Ordinal).Replace("{app}", Application, StringComparison.Ordinal);
        using var client = gateway.CreateClient(Callers.NewEmployer());
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        var echo = await response.ReadEchoAsync();
        Assert.That(echo.Service, Is.EqualTo(service), path);
        Assert.That(echo.Path, Is.EqualTo(path));
    }
}
