using System.Text.Json;

namespace Marketplace.Applications.Tests.Functional;

/// <summary>Every endpoint is in the OpenAPI document with its snake_case parameters, for clients and the fuzz test.</summary>
public sealed class OpenApiTests : ApplicationsFixture
{
    [TestCase("/api/v1/jobs/{job_id}/apply", "post")]
    [TestCase("/api/v1/jobs/{job_id}/applications", "get")]
    [TestCase("/api/v1/jobs/applications/{id}", "get")]
    [TestCase("/api/v1/jobs/applications/{id}/status", "patch")]
    [TestCase("/api/v1/jobs/applications/{id}/interview", "post")]
    [TestCase("/api/v1/jobs/applications/{id}/interviews/{interview_id}/complete", "post")]
    [TestCase("/api/v1/jobs/applications/{id}/offer", "post")]
    [TestCase("/api/v1/jobs/applications/{id}/offer", "put")]
    [TestCase("/api/v1/jobs/applications/{id}/offer/respond", "post")]
    [TestCase("/api/v1/jobs/applications/{id}/interview-questions", "post")]
    [TestCase("/api/v1/jobs/my-applications", "get")]
    [TestCase("/api/v1/jobs/my-applications/{id}", "delete")]
    [TestCase("/api/v1/tracker/jobs", "post")]
    [TestCase("/api/v1/tracker/jobs/{id}/stages/{stage_id}/debrief", "post")]
    [TestCase("/api/v1/tracker/stale", "get")]
    [TestCase("/api/v1/tracker/companies", "get")]
    public async Task The_operation_is_documented(string path, string method)
    {
        using var client = Client(null);
        var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative))).RootElement;
        Assert.That(document.GetProperty("paths").TryGetProperty(path, out var item), Is.True, string.Join(", ", document.GetProperty("paths").EnumerateObject().Select(p => p.Name)));
        Assert.That(item.TryGetProperty(method, out _), Is.True);
    }

    [Test]
    public async Task List_parameters_are_snake_case()
    {
        using var client = Client(null);
        var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative))).RootElement;
        var parameters = document.GetProperty("paths").GetProperty("/api/v1/jobs/{job_id}/applications").GetProperty("get")
            .GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.That(parameters, Is.SupersetOf(new[] { "job_id", "status", "knockout", "sort", "page", "page_size" }));
    }
}
