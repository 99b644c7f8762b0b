using System.Net;
using System.Text.Json;
using Marketplace.Gateway.Tests.Infrastructure;

namespace Marketplace.Gateway.Tests;

public sealed class RateLimitingTests
{
    private const int Limit = 3;

    private static Dictionary<string, string?> LimitedSettings(string keyPrefix) => GatewayEnvironment.GatewaySettings(
        new Dictionary<string, string?>
        {
            ["RateLimiting:KeyPrefix"] = keyPrefix,
            ["RateLimiting:PermitLimit"] = Limit.ToString(),
            ["RateLimiting:AnonymousPermitLimit"] = Limit.ToString(),
            ["RateLimiting:Window"] = "00:01:00",
        });

    private static string NewKeyPrefix() => $"test:{Guid.NewGuid():N}";

    [Test]
    public async Task Exceeding_the_user_limit_is_429_problem_with_retry_after()
    {
        await using var gateway = new GatewayFactory(LimitedSettings(NewKeyPrefix()));
        using var client = gateway.CreateClient(Callers.NewEmployer());

        for (var i = 0; i < Limit; i++)
        {
            using var allowed = await client.GetAsync("/api/v1/saved-jobs");
            Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"request {i + 1} of {Limit}");
        }

        using var rejected = await client.GetAsync("/api/v1/saved-jobs");

        await rejected.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.That(rejected.Headers.RetryAfter?.Delta?.TotalSeconds, Is.InRange(1, 60));
    }

    [Test]
    public async Task Two_gateway_instances_share_one_limit()
    {
        var keyPrefix = NewKeyPrefix();
        await using var first = new GatewayFactory(LimitedSettings(keyPrefix));
        await using var second = new GatewayFactory(LimitedSettings(keyPrefix));
        var caller = Callers.NewEmployer();
        using var firstClient = first.CreateClient(caller);
        using var secondClient = second.CreateClient(caller);

        using var a = await firstClient.GetAsync("/api/v1/saved-jobs");
        using var b = await secondClient.GetAsync("/api/v1/saved-jobs");
        using var c = await firstClient.GetAsync("/api/v1/saved-jobs");
        using var overLimit = await secondClient.GetAsync("/api/v1/saved-jobs");

        Assert.That(new[] { a.StatusCode, b.StatusCode, c.StatusCode }, Is.All.EqualTo(HttpStatusCode.OK));
        await overLimit.AssertProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Test]
    public async Task Concurrent_requests_on_two_instances_never_exceed_the_limit()
    {
        const int limit = 20;
        var settings = LimitedSettings(NewKeyPrefix());
        settings["RateLimiting:PermitLimit"] = limit.ToString();
        await using var first = new GatewayFactory(settings);
        await using var second = new GatewayFactory(settings);
        var caller = Callers.NewEmployer();
        using var firstClient = first.CreateClient(caller);
        using var secondClient = second.CreateClient(caller);

        var responses = await Task.WhenAll(Enumerable.Range(0, limit * 3)
            .Select(i => (i % 2 == 0 ? firstClient : secondClient).GetAsync("/api/v1/saved-jobs")));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(statuses.Count(s => s == HttpStatusCode.OK), Is.EqualTo(limit));
            Assert.That(statuses.Count(s => s == HttpStatusCode.TooManyRequests), Is.EqualTo(limit * 2));
        });
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Test]
    public async Task Each_user_has_an_own_counter()
    {
        await using var gateway = new GatewayFactory(LimitedSettings(NewKeyPrefix()));
        using var busy = gateway.CreateClient(Callers.NewEmployer());
        using var quiet = gateway.CreateClient(Callers.NewEmployer());
        for (var i = 0; i <= Limit; i++)
        {
            using var _ = await busy.GetAsync("/api/v1/saved-jobs");
        }

        using var busyAgain = await busy.GetAsync("/api/v1/saved-jobs");
        using var quietFirst = await quiet.GetAsync("/api/v1/saved-jobs");

        Assert.Multiple(() =>
        {
            Assert.That(busyAgain.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(quietFirst.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Anonymous_callers_are_counted_per_client_ip()
    {
        await using var gateway = new GatewayFactory(LimitedSettings(NewKeyPrefix()));
        using var client = gateway.CreateClient(caller: null);

        for (var i = 0; i < Limit; i++)
        {
            using var allowed = await SendAsIp(client, "203.0.113.7");
            Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var rejected = await SendAsIp(client, "203.0.113.7");
        using var otherIp = await SendAsIp(client, "198.51.100.9");

        await rejected.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.That(otherIp.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Health_probes_are_not_counted()
    {
        await using var gateway = new GatewayFactory(LimitedSettings(NewKeyPrefix()));
        using var client = gateway.CreateClient(caller: null);

        for (var i = 0; i < Limit * 2; i++)
        {
            using var alive = await client.GetAsync("/alive");
            Assert.That(alive.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var firstApiCall = await client.GetAsync("/api/v1/jobs");
        Assert.That(firstApiCall.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Requests_pass_uncounted_when_redis_is_unreachable()
    {
        var settings = LimitedSettings(NewKeyPrefix());
        settings["ConnectionStrings:cache"] = $"127.0.0.1:{GatewayEnvironment.ClosedPort()},connectTimeout=200";
        await using var gateway = new GatewayFactory(settings);
        using var client = gateway.CreateClient(Callers.NewEmployer());

        for (var i = 0; i < Limit * 2; i++)
        {
            using var response = await client.GetAsync("/api/v1/saved-jobs");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"request {i + 1}");
        }
    }

    [Test]
    public async Task Health_is_degraded_not_unhealthy_when_redis_is_unreachable()
    {
        var settings = LimitedSettings(NewKeyPrefix());
        settings["ConnectionStrings:cache"] = $"127.0.0.1:{GatewayEnvironment.ClosedPort()},connectTimeout=200";
        await using var gateway = new GatewayFactory(settings);
        using var client = gateway.CreateClient(caller: null);

        using var response = await client.GetAsync("/health");

        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(report.RootElement.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString(), Is.EqualTo("degraded"));
        });
    }

    [Test]
    public async Task Behind_a_trusted_load_balancer_anonymous_callers_are_counted_per_forwarded_address()
    {
        var settings = LimitedSettings(NewKeyPrefix());
        settings["Gateway:TrustedProxies:0"] = "10.20.0.0/16";
        await using var gateway = new GatewayFactory(settings);
        using var client = gateway.CreateClient(caller: null);

        for (var i = 0; i < Limit; i++)
        {
            using var allowed = await SendAsIp(client, "10.20.0.5", forwardedFor: "203.0.113.7");
            Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        // The same client through another node of the load balancer, and another client through the first node.
        using var rejected = await SendAsIp(client, "10.20.0.6", forwardedFor: "203.0.113.7");
        using var otherClient = await SendAsIp(client, "10.20.0.5", forwardedFor: "198.51.100.9");

        await rejected.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.That(otherClient.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase(null, TestName = "X-Forwarded-For does not choose the counter when no proxy is trusted")]
    [TestCase("10.20.0.0/16", TestName = "X-Forwarded-For does not choose the counter when it comes from an untrusted peer")]
    public async Task Forwarded_address_from_an_untrusted_peer_is_ignored(string? trustedProxy)
    {
        var settings = LimitedSettings(NewKeyPrefix());
        if (trustedProxy is not null)
        {
            settings["Gateway:TrustedProxies:0"] = trustedProxy;
        }

        await using var gateway = new GatewayFactory(settings);
        using var client = gateway.CreateClient(caller: null);

        for (var i = 0; i < Limit; i++)
        {
            using var allowed = await SendAsIp(client, "203.0.113.50", forwardedFor: $"198.51.100.{i}");
            Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var rejected = await SendAsIp(client, "203.0.113.50", forwardedFor: "198.51.100.99");
        await rejected.AssertProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Test]
    public void A_trusted_proxy_that_is_not_an_address_stops_the_gateway_at_start_naming_the_setting()
    {
        var settings = LimitedSettings(NewKeyPrefix());
        settings["Gateway:TrustedProxies:0"] = "load-balancer.internal";
        using var gateway = new GatewayFactory(settings);

        var failure = Assert.Catch(() => gateway.CreateClient(caller: null));
        Assert.That(failure!.ToString(), Does.Contain("Gateway:TrustedProxies").And.Contain("load-balancer.internal"));
    }

    private static Task<HttpResponseMessage> SendAsIp(HttpClient client, string ip, string? forwardedFor = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/jobs");
        request.Headers.Add(GatewayFactory.ClientIpHeader, ip);
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return client.SendAsync(request);
    }
}
