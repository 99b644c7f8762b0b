using System.Net;
using System.Net.Http.Json;
using Dapper;

namespace Marketplace.Listings.Tests.Functional;

/// <summary>Per-user and per-listing caps (issue #9, item 7).</summary>
public sealed class ResourceLimitTests : ListingsFixture
{
    [Test]
    public async Task Alert_past_the_per_user_cap_answers_409()
    {
        var user = Technician();
        using var client = Client(user);
        for (var i = 0; i < 25; i++)
        {
            (await client.PostAsJsonAsync("/api/v1/job-alerts", new { categories = new[] { "plumber" } }, Json)).EnsureSuccessStatusCode();
        }

        using var response = await client.PostAsJsonAsync("/api/v1/job-alerts", new { categories = new[] { "plumber" } }, Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Alerts_list_is_paged()
    {
        using var client = Client(Technician());
        for (var i = 0; i < 3; i++)
        {
            (await client.PostAsJsonAsync("/api/v1/job-alerts", new { categories = new[] { "plumber" } }, Json)).EnsureSuccessStatusCode();
        }

        var page = await ReadJsonAsync(await client.GetAsync(new Uri("/api/v1/job-alerts?page=1&page_size=2", UriKind.Relative)));
        Assert.That(page.GetProperty("items").GetArrayLength(), Is.EqualTo(2));
        Assert.That(page.GetProperty("total").GetInt64(), Is.EqualTo(3));
        Assert.That(page.GetProperty("has_more").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Screening_question_past_the_per_listing_cap_answers_409()
    {
        var owner = Employer();
        var id = await CreateDraftAsync(owner);
        using var client = Client(owner);
        var question = new { text = "Do you hold a QEI certificate?", question_type = "yes_no" };
        for (var i = 0; i < 20; i++)
        {
            (await client.PostAsJsonAsync($"/api/v1/jobs/{id}/screening-questions", question, Json)).EnsureSuccessStatusCode();
        }

        using var response = await client.PostAsJsonAsync($"/api/v1/jobs/{id}/screening-questions", question, Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Repeated_views_by_one_user_count_once_a_day()
    {
        var id = await CreatePublishedAsync(Employer());
        using var viewer = Client(Technician());
        for (var i = 0; i < 5; i++)
        {
            (await viewer.GetAsync(new Uri($"/api/v1/jobs/{id}", UriKind.Relative))).EnsureSuccessStatusCode();
        }

        using var another = Client(Technician());
        (await another.GetAsync(new Uri($"/api/v1/jobs/{id}", UriKind.Relative))).EnsureSuccessStatusCode();
        await using var db = await OpenDatabaseAsync();
        Assert.That(await db.QuerySingleAsync<int>("select view_count from job_listings where id = @id", new { id }), Is.EqualTo(2));
    }
}
