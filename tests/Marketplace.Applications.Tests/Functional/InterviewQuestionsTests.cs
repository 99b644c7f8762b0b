using System.Net.Sockets;
using Marketplace.Testing;

namespace Marketplace.Applications.Tests.Functional;

/// <summary>Interview preparation for an application: local O*NET questions, deterministic; a broken LLM never fails it.</summary>
public sealed class InterviewQuestionsTests : ApplicationsFixture
{
    [Test]
    public async Task An_application_gets_questions_from_its_occupation_and_requirements()
    {
        var organization = Guid.NewGuid();
        var job = await PublishListingAsync(organization);
        var candidate = Candidate();
        var application = await AppliedAsync(candidate, job);
        var set = await OkJsonAsync(candidate, HttpMethod.Post, $"/api/v1/jobs/applications/{application}/interview-questions");
        Assert.That(set.GetProperty("occupation_code").GetString(), Is.EqualTo("47-4021.00"));
        var technical = set.GetProperty("technical").EnumerateArray().Select(q => q.GetProperty("basis").GetString()).ToList();
        Assert.That(technical, Does.Contain("required_skill:hydraulics").And.Contain("certification:QEI").And.Contain("equipment:Otis"));
        Assert.That(set.GetProperty("behavioral")[0].GetProperty("text").GetString(), Does.StartWith("Tell me about a time you had to"));
        Assert.That(set.GetProperty("llm_used").GetBoolean(), Is.False);

        var again = await OkJsonAsync(Employer(organization), HttpMethod.Post, $"/api/v1/jobs/applications/{application}/interview-questions");
        Assert.That(again.GetRawText(), Is.EqualTo(set.GetRawText()), "the local questions are deterministic");
    }

    [Test]
    public async Task A_failing_llm_provider_falls_back_to_the_local_questions()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        await using var withBrokenLlm = new ServiceFactory<Program>(infrastructure, "applicationsdb", await infrastructure.CreateDatabaseAsync("applications_llm"),
            new Dictionary<string, string?>
            {
                ["InterviewQuestions:Provider"] = "openai",
                ["InterviewQuestions:Endpoint"] = $"http://127.0.0.1:{ClosedPort()}/v1/",
                ["InterviewQuestions:Timeout"] = "00:00:03",
            });
        var candidate = Candidate();
        using var client = withBrokenLlm.CreateClient(candidate);
        // The listing goes straight into this service's read model: an event would be taken by whichever
        // Applications instance (this one or the fixture's) consumes the shared queue first.
        var job = Guid.NewGuid();
        await using (var db = new Npgsql.NpgsqlConnection(withBrokenLlm.DatabaseConnectionString))
        {
            await Dapper.SqlMapper.ExecuteAsync(db, """
                insert into listings (listing_id, organization_id, title, job_category, job_type, visibility, status, required_skills)
                values (@job, @org, 'Elevator Mechanic', 'elevator_mechanic', 'permanent', 'global', 'active', '{hydraulics}')
                """, new { job, org = Guid.NewGuid() });
        }

        using var apply = await client.PostAsync(new Uri($"/api/v1/jobs/{job}/apply", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(ApplyBody(), options: Json));
        Assert.That((int)apply.StatusCode, Is.EqualTo(201), await apply.Content.ReadAsStringAsync());
        var id = (await ReadJsonAsync(apply)).GetProperty("id").GetGuid();
        using var response = await client.PostAsync(new Uri($"/api/v1/jobs/applications/{id}/interview-questions", UriKind.Relative), null);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        var set = await ReadJsonAsync(response);
        Assert.That(set.GetProperty("llm_used").GetBoolean(), Is.False);
        Assert.That(set.GetProperty("technical").GetArrayLength(), Is.GreaterThan(0));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
