using System.Text.Json;
using Aspire.Hosting.Testing;
using Marketplace.Testing;

namespace Marketplace.EndToEnd.Tests;

/// <summary>
/// Requests Kestrel refuses before any middleware (a raw NUL in the target, a broken request line or header) are
/// answered problem+json by the gateway and by a service as Aspire runs them, on real Kestrel over raw TCP (issue #9, item 11).
/// </summary>
public sealed class RejectedRequestTests
{
    private static IEnumerable<TestCaseData> Requests()
    {
        yield return new TestCaseData("GET /api/v1/jobs\0 HTTP/1.1\r\nHost: x\r\n\r\n").SetName("Raw_NUL_in_the_path");
        yield return new TestCaseData("G@T /api/v1/jobs HTTP/1.1\r\nHost: x\r\n\r\n").SetName("Malformed_request_line");
        yield return new TestCaseData("GET /api/v1/jobs HTTP/1.1\r\nHost: x\r\nno colon\r\n\r\n").SetName("Malformed_header");
    }

    [TestCaseSource(nameof(Requests))]
    public async Task Gateway_answers_a_refused_request_with_problem_json(string request) =>
        AssertProblem(await RawHttp.SendAsync(TopologySetup.Topology.GatewayUrl, request));

    [TestCaseSource(nameof(Requests))]
    public async Task Service_answers_a_refused_request_with_problem_json(string request) =>
        AssertProblem(await RawHttp.SendAsync(TopologySetup.Topology.Application.GetEndpoint("listings", "http"), request));

    [TestCase("listings")]
    [TestCase("applications")]
    [TestCase("matching")]
    [TestCase("emergency-dispatch")]
    [TestCase("scraper-ingest")]
    [TestCase("market-analytics")]
    public async Task Every_service_answers_a_raw_NUL_in_the_path_with_problem_json(string service) =>
        AssertProblem(await RawHttp.SendAsync(TopologySetup.Topology.Application.GetEndpoint(service, "http"), "GET /health\0 HTTP/1.1\r\nHost: x\r\n\r\n"));

    private static void AssertProblem(RawHttp.Answer answer)
    {
        Assert.Multiple(() =>
        {
            Assert.That(answer.Status, Is.EqualTo(400), answer.Raw);
            Assert.That(answer.ContentType, Is.EqualTo("application/problem+json"), answer.Raw);
        });
        var problem = JsonDocument.Parse(answer.Body).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("trace_id").GetString(), Is.Not.Empty);
            Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { "request" }));
        });
    }
}
