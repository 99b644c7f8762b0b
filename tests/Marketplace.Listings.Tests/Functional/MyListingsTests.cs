using System.Net;
using System.Text.Json;
using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.Listings.Tests.Functional;

/// <summary>GET /api/v1/jobs/mine and DELETE /api/v1/jobs/{id} (issue #9, item 19).</summary>
public sealed class MyListingsTests : ListingsFixture
{
    private async Task<JsonElement> MineAsync(TokenRequest caller, string query = "")
    {
        using var client = Client(caller);
        using var response = await client.GetAsync(new Uri($"/api/v1/jobs/mine?{query}", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    private static List<Guid> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

    [Test]
    public async Task Employer_lists_its_own_listings_drafts_included_and_no_one_elses()
    {
        var organization = Guid.NewGuid();
        var draft = await CreateDraftAsync(Employer(organization));
        var published = await CreatePublishedAsync(Employer(organization));
        var someoneElses = await CreatePublishedAsync(Employer());

        var mine = await MineAsync(Employer(organization));
        Assert.That(Ids(mine), Is.EquivalentTo(new[] { draft, published }));
        Assert.That(Ids(mine), Does.Not.Contain(someoneElses));
        Assert.That(mine.GetProperty("total").GetInt64(), Is.EqualTo(2));
    }

    [Test]
    public async Task Status_filter_narrows_my_listings()
    {
        var organization = Guid.NewGuid();
        var draft = await CreateDraftAsync(Employer(organization));
        await CreatePublishedAsync(Employer(organization));
        Assert.That(Ids(await MineAsync(Employer(organization), "status=draft")), Is.EqualTo(new[] { draft }));
    }

    [Test]
    public async Task My_listings_are_paged()
    {
        var organization = Guid.NewGuid();
        for (var i = 0; i < 3; i++)
        {
            await CreateDraftAsync(Employer(organization));
        }

        var page = await MineAsync(Employer(organization), "page=2&page_size=2");
        Assert.That(Ids(page), Has.Count.EqualTo(1));
        Assert.That(page.GetProperty("has_more").GetBoolean(), Is.False);
        Assert.That(page.GetProperty("total").GetInt64(), Is.EqualTo(3));
    }

    [TestCase("status=archived", "status")]
    [TestCase("page=0", "page")]
    [TestCase("page=2147483647", "page")]
    [TestCase("page_size=1000", "page_size")]
    public async Task Bad_query_answers_400_naming_the_field(string query, string field)
    {
        using var client = Client(Employer());
        using var response = await client.GetAsync(new Uri($"/api/v1/jobs/mine?{query}", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await ReadJsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _), Is.True);
    }

    [Test]
    public async Task Withdrawing_a_draft_deletes_it()
    {
        var owner = Employer();
        var id = await CreateDraftAsync(owner);
        using var client = Client(owner);
        using var response = await client.DeleteAsync(new Uri($"/api/v1/jobs/{id}", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var detail = await client.GetAsync(new Uri($"/api/v1/jobs/{id}", UriKind.Relative));
        Assert.That(detail.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Withdrawing_a_published_listing_closes_it()
    {
        var owner = Employer();
        var id = await CreatePublishedAsync(owner);
        using var client = Client(owner);
        using var response = await client.DeleteAsync(new Uri($"/api/v1/jobs/{id}", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var closed = await ReadJsonAsync(response);
        Assert.That(closed.GetProperty("status").GetString(), Is.EqualTo("closed"));
        using var again = await client.DeleteAsync(new Uri($"/api/v1/jobs/{id}", UriKind.Relative));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Withdrawing_someone_elses_listing_answers_404()
    {
        var id = await CreateDraftAsync(Employer());
        using var client = Client(Employer());
        using var response = await client.DeleteAsync(new Uri($"/api/v1/jobs/{id}", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Subject_that_is_not_a_uuid_is_a_user_not_a_500()
    {
        // Identity providers issue subjects such as "auth0|5f1c…": mapped to a stable id, they own what they create.
        var token = new System.IdentityModel.Tokens.Jwt.JwtSecurityTokenHandler().WriteToken(new System.IdentityModel.Tokens.Jwt.JwtSecurityToken(
            "marketplace-dev", "marketplace",
            [new("sub", "auth0|" + Guid.NewGuid().ToString("N")), new("roles", "candidate")],
            DateTime.UtcNow, DateTime.UtcNow.AddMinutes(5),
            new Microsoft.IdentityModel.Tokens.SigningCredentials(DevelopmentTokens.SigningKey(JwtSettings.DevelopmentKey), "HS256")));
        using var client = Client(null);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var saved = await client.GetAsync(new Uri("/api/v1/saved-jobs", UriKind.Relative));
        using var alerts = await client.GetAsync(new Uri("/api/v1/job-alerts", UriKind.Relative));
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await saved.Content.ReadAsStringAsync());
        Assert.That(alerts.StatusCode, Is.EqualTo(HttpStatusCode.OK), await alerts.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Token_without_a_subject_answers_401()
    {
        var token = new System.IdentityModel.Tokens.Jwt.JwtSecurityTokenHandler().WriteToken(new System.IdentityModel.Tokens.Jwt.JwtSecurityToken(
            "marketplace-dev", "marketplace", [new("roles", "candidate")], DateTime.UtcNow, DateTime.UtcNow.AddMinutes(5),
            new Microsoft.IdentityModel.Tokens.SigningCredentials(DevelopmentTokens.SigningKey(JwtSettings.DevelopmentKey), "HS256")));
        using var client = Client(null);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var saved = await client.GetAsync(new Uri("/api/v1/saved-jobs", UriKind.Relative));
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
