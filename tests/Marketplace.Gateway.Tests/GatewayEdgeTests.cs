using System.Net;
using System.Text.Json;
using Marketplace.Gateway.Tests.Infrastructure;

namespace Marketplace.Gateway.Tests;

/// <summary>CORS, the gateway's own 414/431 answers and the OpenAPI documents it serves (issue #9, items 11, 18, 20).</summary>
public sealed class GatewayEdgeTests
{
    private const string AllowedOrigin = "https://app.example.com";
    private GatewayFactory gateway = null!;

    [OneTimeSetUp]
    public void StartGateway() => gateway = new GatewayFactory(GatewayEnvironment.GatewaySettings(
        new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = AllowedOrigin }));

    [OneTimeTearDown]
    public async Task StopGateway() => await gateway.DisposeAsync();

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/saved-jobs");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }

    [Test]
    public async Task Preflight_from_an_allowed_origin_is_answered_without_a_token()
    {
        using var client = gateway.CreateClient(caller: null);
        using var response = await client.SendAsync(Preflight(AllowedOrigin));
        Assert.That((int)response.StatusCode, Is.EqualTo(204));
        Assert.That(response.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { AllowedOrigin }));
    }

    [Test]
    public async Task Preflight_from_another_origin_gets_no_cors_grant()
    {
        using var client = gateway.CreateClient(caller: null);
        using var response = await client.SendAsync(Preflight("https://evil.example.com"));
        Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    [Test]
    public async Task Too_long_uri_is_414_problem()
    {
        using var client = gateway.CreateClient(caller: null);
        using var response = await client.GetAsync("/api/v1/jobs?q=" + new string('a', 9000));
        await response.AssertProblemAsync(HttpStatusCode.RequestUriTooLong);
    }

    [Test]
    public async Task Too_large_headers_are_431_problem()
    {
        using var client = gateway.CreateClient(caller: null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/jobs");
        request.Headers.Add("X-Padding", new string('a', 40_000));
        using var response = await client.SendAsync(request);
        await response.AssertProblemAsync(HttpStatusCode.RequestHeaderFieldsTooLarge);
    }

    [Test]
    public async Task Openapi_through_the_gateway_advertises_the_gateway_and_its_security_schemes()
    {
        using var client = gateway.CreateClient(caller: null);
        using var response = await client.GetAsync("/openapi/listings.json");
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        var servers = document.GetProperty("servers").EnumerateArray().Select(s => s.GetProperty("url").GetString()).ToList();
        Assert.That(servers, Is.EqualTo(new[] { "http://localhost" }), "the test host's address, never the service's");
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.That(schemes.GetProperty("bearer").GetProperty("scheme").GetString(), Is.EqualTo("bearer"));
        Assert.That(schemes.GetProperty("api_key").GetProperty("name").GetString(), Is.EqualTo("X-Api-Key"));
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("responses", out _)))
            .ToList();
        Assert.That(operations, Is.Not.Empty);
        Assert.That(operations.Select(o => o.Value.GetProperty("responses")).All(r =>
            r.TryGetProperty("401", out _) && r.TryGetProperty("403", out _) && r.TryGetProperty("404", out _)), Is.True);
    }
}
