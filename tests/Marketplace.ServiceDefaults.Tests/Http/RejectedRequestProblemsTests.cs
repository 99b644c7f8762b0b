using System.Text;
using System.Text.Json;
using Marketplace.ServiceDefaults.Http;
using Marketplace.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Marketplace.ServiceDefaults.Tests.Http;

/// <summary>
/// Kestrel's own answers to requests it refuses before the pipeline are problem+json, on a real Kestrel (TestServer
/// never parses raw bytes), while the application's answers pass through untouched.
/// </summary>
public sealed class RejectedRequestProblemsTests
{
    private WebApplication app = null!;
    private Uri server = null!;

    [OneTimeSetUp]
    public async Task StartKestrel()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddHttpConventions();
        app = builder.Build();
        app.UseHttpConventions(guardInput: false);
        app.MapGet("/hello", () => "hello");
        app.MapGet("/empty-teapot", () => Results.StatusCode(StatusCodes.Status418ImATeapot));
        await app.StartAsync();
        server = new Uri(app.Urls.Single());
    }

    [OneTimeTearDown]
    public async Task StopKestrel() => await app.DisposeAsync();

    [TestCase("GET /hello\0there HTTP/1.1\r\nHost: x\r\n\r\n", 400, TestName = "A raw NUL in the path is 400 problem+json")]
    [TestCase("G@T /hello HTTP/1.1\r\nHost: x\r\n\r\n", 400, TestName = "A malformed request line is 400 problem+json")]
    [TestCase("GET /hello HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n", 400, TestName = "A malformed header is 400 problem+json")]
    [TestCase("GET /hello HTTP/1.1\r\n\r\n", 400, TestName = "A request without Host is 400 problem+json")]
    public async Task Refused_request_is_answered_with_problem_json(string request, int status)
    {
        var answer = await RawHttp.SendAsync(server, request);
        AssertProblem(answer, status);
    }

    [Test]
    public async Task Oversized_headers_are_431_problem_json()
    {
        var answer = await RawHttp.SendAsync(server, $"GET /hello HTTP/1.1\r\nHost: x\r\nX-Padding: {new string('a', 40_000)}\r\n\r\n");
        AssertProblem(answer, 431);
    }

    [Test]
    public async Task Oversized_request_line_is_414_problem_json()
    {
        var answer = await RawHttp.SendAsync(server, $"GET /hello?q={new string('a', 9_000)} HTTP/1.1\r\nHost: x\r\n\r\n");
        AssertProblem(answer, 414);
    }

    [Test]
    public async Task Refused_request_after_a_good_one_on_the_same_connection_is_problem_json()
    {
        var answer = await RawHttp.SendAsync(server, "GET /hello HTTP/1.1\r\nHost: x\r\n\r\nGET /a\0b HTTP/1.1\r\nHost: x\r\n\r\n");
        Assert.That(answer.Raw, Does.StartWith("HTTP/1.1 200 OK"));
        AssertProblem(answer, 400);
    }

    [Test]
    public async Task Application_answer_passes_through_unchanged()
    {
        var answer = await RawHttp.SendAsync(server, "GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        Assert.Multiple(() =>
        {
            Assert.That(answer.Status, Is.EqualTo(200));
            Assert.That(answer.Body, Does.Contain("hello"));
        });
    }

    [Test]
    public void An_error_response_with_a_body_is_left_alone()
    {
        var response = Encoding.Latin1.GetBytes("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nno");
        Assert.That(RejectedRequestProblems.Rewrite(response, "t"), Is.Null);
    }

    [Test]
    public void A_success_response_is_left_alone()
    {
        var response = Encoding.Latin1.GetBytes("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
        Assert.That(RejectedRequestProblems.Rewrite(response, "t"), Is.Null);
    }

    private static void AssertProblem(RawHttp.Answer answer, int status)
    {
        Assert.Multiple(() =>
        {
            Assert.That(answer.Status, Is.EqualTo(status), answer.Raw);
            Assert.That(answer.ContentType, Is.EqualTo("application/problem+json"), answer.Raw);
            Assert.That(answer.Headers["content-length"], Is.EqualTo(Encoding.UTF8.GetByteCount(answer.Body).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });
        var problem = JsonDocument.Parse(answer.Body).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(status));
            Assert.That(problem.GetProperty("trace_id").GetString(), Is.Not.Empty);
            if (status == 400)
            {
                Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { "request" }));
            }
        });
    }
}
