using System.Text;
using System.Text.Json;
using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.Applications.Tests.Functional;

/// <summary>
/// Malformed requests to every endpoint that takes a body or parameters: always a 4xx problem+json (400 naming a
/// field), never a 5xx — what the fuzz test will check.
/// </summary>
public sealed class MalformedInputTests : ApplicationsFixture
{
    private static readonly string[] Bodies =
    [
        "",
        "not json",
        "null",
        "[]",
        "[null]",
        """{"status":null,"response":null,"text":null,"name":null,"company":null,"title":null}""",
        """{"status":"\u0000","response":"\u0000","text":"\u0000","name":"\u0000","company":"\u0000","title":"\u0000","reason":"\u0000"}""",
        """{"interview_type":7,"scheduled_at":"yesterday","duration_minutes":99999999999,"amount":1e400,"currency":[null],"rating":-5}""",
        """{"scheduled_at":"9999-12-31T23:59:59-14:00","expires_at":"0001-01-01T00:00:00+14:00","start_date":"0001-01-01","stage_date":"9999-12-31T00:00:00Z"}""",
        """{"screening_answers":[{"question_id":"x"}],"applicant":{"certifications":[null]},"contacts":[null],"benefits":[null],"interviewers":[null]}""",
    ];

    private static IEnumerable<TestCaseData> Cases()
    {
        string[] endpoints =
        [
            "POST /api/v1/jobs/{job}/apply",
            "PATCH /api/v1/jobs/applications/{app}/status",
            "POST /api/v1/jobs/applications/{app}/interview",
            "POST /api/v1/jobs/applications/{app}/interviews/{interview}/reschedule",
            "POST /api/v1/jobs/applications/{app}/interviews/{interview}/complete",
            "POST /api/v1/jobs/applications/{app}/offer",
            "PUT /api/v1/jobs/applications/{app}/offer",
            "POST /api/v1/jobs/applications/{app}/offer/respond",
            "POST /api/v1/tracker/jobs",
            "PATCH /api/v1/tracker/jobs/{tracked}",
            "PATCH /api/v1/tracker/jobs/{tracked}/status",
            "POST /api/v1/tracker/jobs/{tracked}/notes",
            "POST /api/v1/tracker/jobs/{tracked}/stages",
            "PATCH /api/v1/tracker/jobs/{tracked}/stages/{stage}",
            "POST /api/v1/tracker/jobs/{tracked}/stages/{stage}/contacts",
            "POST /api/v1/tracker/jobs/{tracked}/stages/{stage}/debrief",
        ];
        return endpoints.Select(e => new TestCaseData(e).SetName(e.Replace(' ', '_').Replace('/', '_')));
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Malformed_bodies_are_4xx_problems_never_5xx(string endpoint)
    {
        var organization = Guid.NewGuid();
        var employer = Employer(organization);
        var candidate = Candidate();
        var job = await PublishListingAsync(organization);
        var app = await AppliedAsync(candidate, job);
        await OkJsonAsync(employer, HttpMethod.Patch, $"/api/v1/jobs/applications/{app}/status", new { status = "shortlisted" });
        var interview = (await OkJsonAsync(employer, HttpMethod.Post, $"/api/v1/jobs/applications/{app}/interview",
            new { interview_type = "phone", scheduled_at = DateTimeOffset.UtcNow.AddDays(1) }, 201)).GetProperty("id").GetGuid();
        var tracked = (await OkJsonAsync(candidate, HttpMethod.Post, "/api/v1/tracker/jobs", new { company = "Acme", title = "Mechanic" }, 201)).GetProperty("id").GetGuid();
        var stage = (await OkJsonAsync(candidate, HttpMethod.Post, $"/api/v1/tracker/jobs/{tracked}/stages", new { name = "Screen" }, 201)).GetProperty("id").GetGuid();

        var (method, template) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
        var path = template.Replace("{job}", job.ToString(), StringComparison.Ordinal).Replace("{app}", app.ToString(), StringComparison.Ordinal)
            .Replace("{interview}", interview.ToString(), StringComparison.Ordinal).Replace("{tracked}", tracked.ToString(), StringComparison.Ordinal)
            .Replace("{stage}", stage.ToString(), StringComparison.Ordinal);
        var caller = path.Contains("/tracker/", StringComparison.Ordinal) || path.EndsWith("/apply", StringComparison.Ordinal)
            || path.EndsWith("/respond", StringComparison.Ordinal) ? candidate : employer;

        foreach (var (body, contentType) in Bodies.Select(b => (b, "application/json")).Append(("{}", "text/plain")))
        {
            using var client = Client(caller);
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            Assert.That(status, Is.LessThan(500), $"{body} → {status} {text}");
            if (status >= 400)
            {
                Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), $"{body} → {status} {text}");
            }

            if (status == 400)
            {
                Assert.That(JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateObject().Any(), Is.True, $"{body} → {text}");
            }
        }
    }

    [TestCase("/api/v1/jobs/my-applications?status=%00")]
    [TestCase("/api/v1/jobs/my-applications?page=-1")]
    [TestCase("/api/v1/jobs/my-applications?page_size=2147483647")]
    [TestCase("/api/v1/tracker/jobs?status=bogus")]
    [TestCase("/api/v1/tracker/jobs?page=abc")]
    [TestCase("/api/v1/tracker/stale?days=99999999999")]
    [TestCase("/api/v1/tracker/companies")]
    public async Task Malformed_query_parameters_are_400_naming_the_field(string path)
    {
        using var response = await SendAsync(Candidate(), HttpMethod.Get, path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(400), text);
        Assert.That(JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateObject().Any(), Is.True, text);
    }

    [Test]
    public async Task Withdrawing_with_a_nul_in_the_reason_is_400_naming_it()
    {
        var job = await PublishListingAsync(Guid.NewGuid());
        TokenRequest candidate = Candidate();
        var app = await AppliedAsync(candidate, job);
        await AssertProblemAsync(await SendAsync(candidate, HttpMethod.Delete, $"/api/v1/jobs/my-applications/{app}?reason=a%00b"), 400, "reason");
    }
}
