using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Marketplace.Gateway.DevTokens;
using Marketplace.Gateway.Tests.Infrastructure;
using Marketplace.ServiceDefaults.Http;

namespace Marketplace.Gateway.Tests;

public sealed class DevTokensTests
{
    private GatewayFactory development = null!;

    [OneTimeSetUp]
    public void StartGateway() => development = new GatewayFactory(GatewayEnvironment.GatewaySettings(), "Development");

    [OneTimeTearDown]
    public async Task StopGateway() => await development.DisposeAsync();

    [Test]
    public async Task Issued_token_is_accepted_by_the_gateway()
    {
        using var client = development.CreateClient(caller: null);
        using var issued = await client.PostAsync("/dev/tokens", Json($$"""
            {"sub": "{{Guid.NewGuid()}}", "org_id": "{{Guid.NewGuid()}}", "roles": ["employer", "recruiter"],
             "network_ids": ["north-east-lifts"], "region": "us-ny", "trades": ["elevator"], "verified": true}
            """));
        Assert.That(issued.StatusCode, Is.EqualTo(HttpStatusCode.OK), await issued.Content.ReadAsStringAsync());
        var token = await issued.Content.ReadFromJsonAsync<DevTokenResponse>(HttpConventions.JsonOptions);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/saved-jobs");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        using var response = await client.SendAsync(request);

        var echo = await response.ReadEchoAsync();
        Assert.Multiple(() =>
        {
            Assert.That(token.TokenType, Is.EqualTo("Bearer"));
            Assert.That(token.ExpiresIn, Is.GreaterThan(0));
            Assert.That(echo.Authorization, Is.EqualTo($"Bearer {token.AccessToken}"));
        });
    }

    [TestCase("""{"sub": "not-a-uuid"}""", "sub")]
    [TestCase("""{"org_id": "5b0c3e52-1f0a-4c8e-9d55-8e7a1b2c3d4e"}""", "sub")]
    [TestCase("""{"sub": "5b0c3e52-1f0a-4c8e-9d55-8e7a1b2c3d4e", "org_id": "nope"}""", "org_id")]
    [TestCase("""{"sub": "5b0c3e52-1f0a-4c8e-9d55-8e7a1b2c3d4e", "roles": ["superuser"]}""", "roles")]
    [TestCase("""{"sub": "5b0c3e52-1f0a-4c8e-9d55-8e7a1b2c3d4e", "trades": ["fire safety"]}""", "trades")]
    [TestCase("""{"sub": "5b0c3e52-1f0a-4c8e-9d55-8e7a1b2c3d4e", "verified": "yes"}""", "verified")]
    [TestCase("not json at all", "body")]
    public async Task Bad_token_request_is_400_naming_the_field(string body, string field)
    {
        using var client = development.CreateClient(caller: null);

        using var response = await client.PostAsync("/dev/tokens", Json(body));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
    }

    [Test]
    public async Task Dev_tokens_does_not_exist_outside_development()
    {
        await using var testing = new GatewayFactory(GatewayEnvironment.GatewaySettings(), "Testing");
        using var client = testing.CreateClient(caller: null);

        using var response = await client.PostAsync("/dev/tokens", Json($$"""{"sub": "{{Guid.NewGuid()}}"}"""));

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
