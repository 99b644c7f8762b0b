using System.Net;
using System.Net.Http.Json;
using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.Matching.Tests.Functional;

public sealed class CandidateTests : MatchingFixture
{
    private static Dictionary<string, object?> Candidate() => new()
    {
        ["first_name"] = "Dana",
        ["last_name"] = "Reyes",
        ["email"] = "dana.reyes@example.com",
        ["phone"] = "+1 312 555 0100",
        ["current_title"] = "HVAC Technician",
        ["skills"] = new[] { "VRF", "chillers" },
        ["total_experience"] = 7,
        ["expected_salary_text"] = "$85K - $95K",
        ["city"] = "Chicago",
        ["state_province"] = "IL",
        ["preferred_roles"] = new[] { "HVAC Technician" },
        ["status"] = "approved",
    };

    private async Task<Guid> CreateAsync(TokenRequest recruiter)
    {
        using var client = Client(recruiter);
        using var response = await client.PostAsJsonAsync("/api/v1/candidates", Candidate(), Json);
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        return (await ReadJsonAsync(response)).GetProperty("id").GetGuid();
    }

    [Test]
    public async Task A_recruiter_creates_and_reads_its_candidate_with_contact_details()
    {
        var recruiter = Recruiter();
        var id = await CreateAsync(recruiter);

        using var client = Client(recruiter);
        var candidate = await ReadJsonAsync(await client.GetAsync(new Uri($"/api/v1/candidates/{id}", UriKind.Relative)));

        Assert.That(candidate.GetProperty("email").GetString(), Is.EqualTo("dana.reyes@example.com"));
        Assert.That(candidate.GetProperty("expected_pay_min").GetDecimal(), Is.EqualTo(85000m));
    }

    [TestCase("GET", "")]
    [TestCase("PUT", "")]
    [TestCase("DELETE", "")]
    [TestCase("GET", "/matches")]
    public async Task Another_organizations_candidate_is_404(string method, string suffix)
    {
        var id = await CreateAsync(Recruiter());

        using var client = Client(Recruiter());
        using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/v1/candidates/{id}{suffix}")
        {
            Content = method == "PUT" ? JsonContent.Create(Candidate(), options: Json) : null,
        };
        using var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_list_shows_only_the_organizations_own_candidates()
    {
        var mine = Recruiter();
        var id = await CreateAsync(mine);
        await CreateAsync(Recruiter());

        using var client = Client(mine);
        var page = await ReadJsonAsync(await client.GetAsync(new Uri("/api/v1/candidates?page=1&page_size=10", UriKind.Relative)));

        Assert.That(page.GetProperty("total").GetInt64(), Is.EqualTo(1));
        Assert.That(page.GetProperty("items")[0].GetProperty("id").GetGuid(), Is.EqualTo(id));
    }

    [TestCase("first_name", null)]
    [TestCase("email", "not-an-email")]
    [TestCase("status", "hired")]
    [TestCase("total_experience", -3)]
    public async Task Bad_candidate_fields_are_400_naming_the_field(string field, object? value)
    {
        using var client = Client(Recruiter());
        using var response = await client.PostAsJsonAsync("/api/v1/candidates", Candidate().With(field, value), Json);

        await ProfileTests.AssertNamesFieldAsync(response, field);
    }

    [TestCase("page", "0")]
    [TestCase("page", "2147483647")]
    [TestCase("page_size", "1000")]
    [TestCase("status", "x%00y")]
    public async Task Bad_paging_is_400_naming_the_parameter(string name, string value)
    {
        using var client = Client(Recruiter());
        using var response = await client.GetAsync(new Uri($"/api/v1/candidates?{name}={value}", UriKind.Relative));

        await ProfileTests.AssertNamesFieldAsync(response, name);
    }

    [Test]
    public async Task A_job_seeker_without_an_organization_role_cannot_use_the_pool()
    {
        using var client = Client(Seeker(Guid.NewGuid()));
        using var response = await client.GetAsync(new Uri("/api/v1/candidates", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task A_free_text_role_that_matches_nothing_becomes_a_new_role()
    {
        var recruiter = Recruiter();
        var name = $"Zorblax Quuxifier {Guid.NewGuid():N}";
        using var client = Client(recruiter);
        using var response = await client.PostAsJsonAsync("/api/v1/candidates", Candidate().With("preferred_roles", new[] { name }), Json);
        var id = (await ReadJsonAsync(response)).GetProperty("id").GetGuid();

        var created = await OutboxAsync("RoleCreated", "name", name);
        await using var connection = await OpenDatabaseAsync();
        var roles = await Dapper.SqlMapper.QueryAsync<string>(connection,
            "select r.name from candidate_roles c join roles r on r.id = c.role_id where c.candidate_id = @Id", new { Id = id });

        Assert.That(roles, Does.Contain(name));
        Assert.That(roles, Does.Contain("Heating, Air Conditioning, and Refrigeration Mechanics and Installers"));
        Assert.That(created, Has.Count.EqualTo(1));
    }
}

