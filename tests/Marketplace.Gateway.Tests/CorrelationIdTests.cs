using System.Net;
using Marketplace.Gateway.Tests.Infrastructure;

namespace Marketplace.Gateway.Tests;

public sealed class CorrelationIdTests
{
    private const string Header = "X-Correlation-Id";
    private GatewayFactory gateway = null!;

    [OneTimeSetUp]
    public void StartGateway() => gateway = new GatewayFactory(GatewayEnvironment.GatewaySettings());

    [OneTimeTearDown]
    public async Task StopGateway() => await gateway.DisposeAsync();

    [Test]
    public async Task Correlation_id_is_generated_forwarded_and_echoed()
    {
        using var client = gateway.CreateClient(caller: null);

        using var first = await client.GetAsync("/api/v1/jobs");
        using var second = await client.GetAsync("/api/v1/jobs");

        var (firstEcho, secondEcho) = (await first.ReadEchoAsync(), await second.ReadEchoAsync());
        Assert.Multiple(() =>
        {
            Assert.That(firstEcho.CorrelationId, Is.Not.Null.And.Not.Empty);
            Assert.That(first.Headers.GetValues(Header).Single(), Is.EqualTo(firstEcho.CorrelationId));
            Assert.That(secondEcho.CorrelationId, Is.Not.EqualTo(firstEcho.CorrelationId));
        });
    }

    [Test]
    public async Task Valid_incoming_correlation_id_is_kept()
    {
        var id = $"frontend-{Guid.NewGuid():N}";
        using var client = gateway.CreateClient(caller: null);
        client.DefaultRequestHeaders.Add(Header, id);

        using var response = await client.GetAsync("/api/v1/jobs");

        Assert.Multiple(async () =>
        {
            Assert.That((await response.ReadEchoAsync()).CorrelationId, Is.EqualTo(id));
            Assert.That(response.Headers.GetValues(Header).Single(), Is.EqualTo(id));
        });
    }

    [TestCase("has spaces in it")]
    [TestCase("<script>")]
    [TestCase("0123456789012345678901234567890123456789012345678901234567890123456789")]
    public async Task Invalid_incoming_correlation_id_is_replaced(string incoming)
    {
        using var client = gateway.CreateClient(caller: null);
        client.DefaultRequestHeaders.TryAddWithoutValidation(Header, incoming);

        using var response = await client.GetAsync("/api/v1/jobs");

        var echo = await response.ReadEchoAsync();
        Assert.Multiple(() =>
        {
            Assert.That(echo.CorrelationId, Is.Not.EqualTo(incoming).And.Not.Empty);
            Assert.That(response.Headers.GetValues(Header).Single(), Is.EqualTo(echo.CorrelationId));
        });
    }

    [Test]
    public async Task Errors_from_the_gateway_carry_the_correlation_id()
    {
        using var client = gateway.CreateClient(caller: null);
        client.DefaultRequestHeaders.Add(Header, "error-path-1");

        using var unauthorized = await client.GetAsync("/api/v1/saved-jobs");
        using var notFound = await client.GetAsync("/api/v1/unknown");

        Assert.Multiple(() =>
        {
            Assert.That(unauthorized.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(unauthorized.Headers.GetValues(Header).Single(), Is.EqualTo("error-path-1"));
            Assert.That(notFound.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(notFound.Headers.GetValues(Header).Single(), Is.EqualTo("error-path-1"));
        });
    }
}
