using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marketplace.Gateway.Routing;
using Marketplace.Gateway.Tests.Infrastructure;

namespace Marketplace.Gateway.Tests;

public sealed class RoutingTests
{
    private GatewayFactory gateway = null!;

    [OneTimeSetUp]
    public void StartGateway() => gateway = new GatewayFactory(GatewayEnvironment.GatewaySettings());

    [OneTimeTearDown]
    public async Task StopGateway() => await gateway.DisposeAsync();

    private static IEnumerable<TestCaseData> EveryPrefix() =>
        ServiceRouteTable.PrefixesByService.SelectMany(p => p.Value.Select(prefix => new TestCaseData(prefix, p.Key)));

    [TestCaseSource(nameof(EveryPrefix))]
    public async Task Every_prefix_reaches_the_service_that_owns_it(string prefix, string service)
    {
        using var client = gateway.CreateClient(Callers.NewEmployer());

        using var response = await client.PutAsync($"{prefix}/some/thing?x=1", JsonContent.Create(new { a = 1 }));

        var echo = await response.ReadEchoAsync();
        Assert.Multiple(() =>
        {
            Assert.That(echo.Service, Is.EqualTo(service));
            Assert.That(echo.Method, Is.EqualTo("PUT"));
            Assert.That(echo.Path, Is.EqualTo($"{prefix}/some/thing"));
            Assert.That(echo.Query, Is.EqualTo("?x=1"));
        });
    }

    [TestCase("/api/v1/jobs/3f1e4a4e-8f43-4c47-9d55-2f5b2c1f9a10/matches", "matching")]
    [TestCase("/api/v1/jobs/3f1e4a4e-8f43-4c47-9d55-2f5b2c1f9a10/matches/0b9d6c1e-5c7f-4d7e-a7a1-6f1e2d3c4b5a", "matching")]
    [TestCase("/api/v1/jobs/3f1e4a4e-8f43-4c47-9d55-2f5b2c1f9a10/publish", "listings")]
    [TestCase("/api/v1/jobs/mine", "listings")]
    public async Task A_jobs_matches_go_to_matching_and_the_rest_of_jobs_to_listings(string path, string service)
    {
        using var client = gateway.CreateClient(Callers.NewEmployer());

        using var response = await client.PatchAsync(path, JsonContent.Create(new { status = "viewed" }));

        Assert.That((await response.ReadEchoAsync()).Service, Is.EqualTo(service));
    }

    [TestCase("/api/v1/unknown")]
    [TestCase("/api/v2/jobs")]
    [TestCase("/api/v1/jobsearch")]
    [TestCase("/nothing/here")]
    public async Task Unknown_route_is_404_problem(string path)
    {
        using var client = gateway.CreateClient(Callers.NewEmployer());

        using var response = await client.GetAsync(path);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Malformed_json_body_is_the_services_400_problem_passed_through()
    {
        using var client = gateway.CreateClient(Callers.NewEmployer());

        using var response = await client.PostAsync(
            "/api/v1/jobs", new StringContent("{\"title\": \"Elevator mechanic\", ", Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.Not.Empty);
    }

    [Test]
    public async Task Wrongly_typed_json_field_is_400_naming_the_field()
    {
        using var client = gateway.CreateClient(Callers.NewEmployer());

        using var response = await client.PostAsync(
            "/api/v1/jobs", new StringContent("""{"title": "Elevator mechanic", "openings": "many"}""", Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty("openings", out _), Is.True, problem.ToString());
    }

    [Test]
    public async Task Openapi_document_of_a_service_is_served_through_the_gateway()
    {
        using var client = gateway.CreateClient(caller: null);

        using var response = await client.GetAsync("/openapi/listings.json");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(document.RootElement.GetProperty("openapi").GetString(), Does.StartWith("3."));
    }

    [Test]
    public async Task Service_without_an_address_is_not_routed()
    {
        await using var partial = new GatewayFactory(
            GatewayEnvironment.GatewaySettings(new Dictionary<string, string?> { ["services:market-analytics:http:0"] = null }));
        using var client = partial.CreateClient(caller: null);

        using var missing = await client.GetAsync("/api/v1/market/stats");
        using var present = await client.GetAsync("/api/v1/jobs");

        await missing.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.That((await present.ReadEchoAsync()).Service, Is.EqualTo("listings"));
    }

    [Test]
    public async Task Unreachable_service_is_502_problem_from_the_gateway()
    {
        await using var broken = new GatewayFactory(GatewayEnvironment.GatewaySettings(
            new Dictionary<string, string?> { ["services:listings:http:0"] = $"http://127.0.0.1:{GatewayEnvironment.ClosedPort()}" }));
        using var client = broken.CreateClient(caller: null);

        using var response = await client.GetAsync("/api/v1/jobs");

        await response.AssertProblemAsync(HttpStatusCode.BadGateway);
    }
}
