using System.Net;
using System.Net.Http.Headers;
using Marketplace.Gateway.Tests.Infrastructure;
using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.Gateway.Tests;

public sealed class AuthenticationTests
{
    private GatewayFactory gateway = null!;

    [OneTimeSetUp]
    public void StartGateway() => gateway = new GatewayFactory(GatewayEnvironment.GatewaySettings());

    [OneTimeTearDown]
    public async Task StopGateway() => await gateway.DisposeAsync();

    [TestCase("GET", "/api/v1/saved-jobs")]
    [TestCase("POST", "/api/v1/jobs")]
    [TestCase("GET", "/api/v1/jobs/mine")]
    [TestCase("GET", "/api/v1/applications")]
    [TestCase("DELETE", "/api/v1/contracts/5b0c3e52-1f0a-4c8e-9d55-8e7a1b2c3d4e")]
    [TestCase("POST", "/api/v1/market/stats")]
    [TestCase("GET", "/api/v1/scraper/keys")]
    public async Task Protected_route_without_token_is_401_problem(string method, string path)
    {
        using var client = gateway.CreateClient(caller: null);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Valid_token_reaches_the_service_with_the_authorization_header_and_correlation_id()
    {
        using var client = gateway.CreateClient(Callers.NewEmployer());

        using var response = await client.GetAsync("/api/v1/saved-jobs?page=2");

        var echo = await response.ReadEchoAsync();
        Assert.Multiple(() =>
        {
            Assert.That(echo.Service, Is.EqualTo("listings"));
            Assert.That(echo.Path, Is.EqualTo("/api/v1/saved-jobs"));
            Assert.That(echo.Query, Is.EqualTo("?page=2"));
            Assert.That(echo.Authorization, Is.EqualTo(client.DefaultRequestHeaders.Authorization!.ToString()));
            Assert.That(echo.CorrelationId, Is.Not.Empty);
            Assert.That(response.Headers.GetValues("X-Correlation-Id").Single(), Is.EqualTo(echo.CorrelationId));
        });
    }

    [TestCase("GET", "/api/v1/jobs?q=elevator", "listings")]
    [TestCase("GET", "/api/v1/jobs/5b0c3e52-1f0a-4c8e-9d55-8e7a1b2c3d4e", "listings")]
    [TestCase("GET", "/api/v1/contracts", "listings")]
    [TestCase("GET", "/api/v1/contracts/5b0c3e52-1f0a-4c8e-9d55-8e7a1b2c3d4e/bids", "listings")]
    [TestCase("GET", "/api/v1/market/stats?role=elevator_mechanic", "market-analytics")]
    [TestCase("POST", "/api/v1/scraper/queue/next", "scraper-ingest")]
    public async Task Anonymous_route_reaches_its_service_without_a_token(string method, string path, string service)
    {
        using var client = gateway.CreateClient(caller: null);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        var echo = await response.ReadEchoAsync();
        Assert.Multiple(() =>
        {
            Assert.That(echo.Service, Is.EqualTo(service));
            Assert.That(echo.Method, Is.EqualTo(method));
            Assert.That(echo.Path + echo.Query, Is.EqualTo(path));
            Assert.That(echo.Authorization, Is.Null);
        });
    }

    [Test]
    public async Task Token_with_the_wrong_signature_is_401_even_on_an_anonymous_route()
    {
        var forged = DevelopmentTokens.Create(
            Callers.NewEmployer(), new JwtSettings { SigningKey = "some-other-signing-key-that-the-gateway-does-not-trust" });
        using var client = gateway.CreateClient(caller: null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);

        using var response = await client.GetAsync("/api/v1/jobs");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.Contain("invalid_token"));
    }

    [Test]
    public async Task Expired_token_is_401_even_on_an_anonymous_route()
    {
        var expired = ExpiredTokens.Create(Guid.NewGuid());
        using var client = gateway.CreateClient(caller: null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", expired);

        using var response = await client.GetAsync("/api/v1/market/stats");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [TestCase("Bearer not-a-jwt")]
    [TestCase("Basic dXNlcjpwYXNz")]
    public async Task Authorization_header_that_is_not_a_valid_bearer_token_is_401(string header)
    {
        using var client = gateway.CreateClient(caller: null);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header);

        using var response = await client.GetAsync("/api/v1/jobs");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }
}
