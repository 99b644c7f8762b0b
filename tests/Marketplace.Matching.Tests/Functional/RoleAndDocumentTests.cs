using System.Net;

namespace Marketplace.Matching.Tests.Functional;

public sealed class RoleAndDocumentTests : MatchingFixture
{
    [Test]
    public async Task Normalize_answers_the_best_roles_with_scores()
    {
        using var client = Client(caller: null);
        var roles = await ReadJsonAsync(await client.GetAsync(new Uri("/api/v1/roles/normalize?title=Lift%20Technician&top=3", UriKind.Relative)));

        Assert.That(roles.GetArrayLength(), Is.EqualTo(3));
        Assert.That(roles[0].GetProperty("role").GetProperty("soc_code").GetString(), Does.StartWith("47-4021"));
        Assert.That(roles[0].GetProperty("score").GetDouble(), Is.GreaterThan(roles[2].GetProperty("score").GetDouble() - 1e-9));
    }

    [TestCase("/api/v1/roles/normalize", "title")]
    [TestCase("/api/v1/roles/normalize?title=x%00y", "title")]
    [TestCase("/api/v1/roles/normalize?title=mechanic&top=0", "top")]
    [TestCase("/api/v1/roles/normalize?title=mechanic&top=abc", "top")]
    [TestCase("/api/v1/roles?page=-1", "page")]
    public async Task Bad_role_queries_are_400_naming_the_parameter(string url, string field)
    {
        using var client = Client(caller: null);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        await ProfileTests.AssertNamesFieldAsync(response, field);
    }

    [Test]
    public async Task The_openapi_document_lists_every_matching_route()
    {
        using var client = Client(caller: null);
        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        foreach (var path in new[] { "/api/v1/profiles/me", "/api/v1/candidates", "/api/v1/candidates/{id}/matches", "/api/v1/roles/normalize",
                     "/api/v1/recommendations", "/api/v1/matches/me/{jobId}", "/api/v1/jobs/{jobId}/matches" })
        {
            Assert.That(document, Does.Contain($"\"{path}"), path);
        }
    }

    [Test]
    public async Task Health_shows_the_embedding_model_and_backlog()
    {
        using var client = Client(caller: null);
        var health = await client.GetStringAsync(new Uri("/health", UriKind.Relative));

        Assert.That(health, Does.Contain("model hashed-ngram-384-v1"));
        Assert.That(health, Does.Contain("backlog"));
    }

    [Test]
    public async Task Only_admins_add_roles()
    {
        using var client = Client(Seeker());
        using var response = await client.PostAsync(new Uri("/api/v1/roles", UriKind.Relative), null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
