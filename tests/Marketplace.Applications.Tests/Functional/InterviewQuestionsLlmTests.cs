using System.Net.Http.Json;
using Marketplace.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Marketplace.Applications.Tests.Functional;

/// <summary>The optional IChatClient against a real loopback server standing in for an OpenAI-compatible endpoint.</summary>
public sealed class InterviewQuestionsLlmTests : ApplicationsFixture
{
    [Test]
    public async Task A_configured_llm_adds_its_questions_to_the_local_ones()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var fake = builder.Build();
        fake.MapPost("/v1/chat/completions", () => Results.Json(new
        {
            id = "chatcmpl-test", @object = "chat.completion", created = 1_700_000_000, model = "test-model",
            choices = new[]
            {
                new
                {
                    index = 0, finish_reason = "stop",
                    message = new { role = "assistant", content = "1. How do you adjust a door operator?\n2. What does a governor test check?\nThanks!" },
                },
            },
            usage = new { prompt_tokens = 10, completion_tokens = 20, total_tokens = 30 },
        }));
        await fake.StartAsync();

        var infrastructure = await TestInfrastructure.GetAsync();
        await using var service = new ServiceFactory<Program>(infrastructure, "applicationsdb", await infrastructure.CreateDatabaseAsync("applications_llm_ok"),
            new Dictionary<string, string?>
            {
                ["InterviewQuestions:Provider"] = "openai",
                ["InterviewQuestions:Endpoint"] = fake.Urls.First().TrimEnd('/') + "/v1/",
                ["InterviewQuestions:ApiKey"] = "test-key",
                ["InterviewQuestions:Timeout"] = "00:00:05",
            });
        var candidate = Candidate();
        using var client = service.CreateClient(candidate);
        var job = Guid.NewGuid();
        await using (var db = new Npgsql.NpgsqlConnection(service.DatabaseConnectionString))
        {
            await Dapper.SqlMapper.ExecuteAsync(db, """
                insert into listings (listing_id, organization_id, title, job_category, job_type, visibility, status)
                values (@job, @org, 'Elevator Mechanic', 'elevator_mechanic', 'permanent', 'global', 'active')
                """, new { job, org = Guid.NewGuid() });
        }

        using var apply = await client.PostAsync(new Uri($"/api/v1/jobs/{job}/apply", UriKind.Relative), JsonContent.Create(ApplyBody(), options: Json));
        var id = (await ReadJsonAsync(apply)).GetProperty("id").GetGuid();
        using var response = await client.PostAsync(new Uri($"/api/v1/jobs/applications/{id}/interview-questions", UriKind.Relative), null);
        var set = await ReadJsonAsync(response);
        Assert.That(set.GetProperty("llm_used").GetBoolean(), Is.True, set.ToString());
        var fromLlm = set.GetProperty("technical").EnumerateArray().Where(q => q.GetProperty("source").GetString() == "llm")
            .Select(q => q.GetProperty("text").GetString()).ToList();
        Assert.That(fromLlm, Is.EqualTo(new[] { "How do you adjust a door operator?", "What does a governor test check?" }));
        Assert.That(set.GetProperty("behavioral").GetArrayLength(), Is.GreaterThan(0), "the local questions stay");
    }
}
