using System.Net;
using System.Text.Json;
using Dapper;
using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.Applications.Tests.Functional;

public sealed class TrackerTests : ApplicationsFixture
{
    private async Task<Guid> TrackAsync(TokenRequest owner, string company = "Acme Vertical", string title = "Elevator Mechanic")
    {
        var job = await OkJsonAsync(owner, HttpMethod.Post, "/api/v1/tracker/jobs", new
        {
            company, title, url = "https://jobs.example.org/42", location = "Dallas, TX", salary_text = "$40-50/h", source = "indeed", channel = "job_board",
        }, 201);
        return job.GetProperty("id").GetGuid();
    }

    private async Task AgeAsync(Guid id, int days)
    {
        await using var db = await OpenDatabaseAsync();
        await db.ExecuteAsync("update tracked_jobs set last_activity_at = now() - make_interval(days => @days) where id = @id", new { id, days });
    }

    [Test]
    public async Task A_tracked_job_is_private_to_its_owner()
    {
        var owner = Candidate();
        var id = await TrackAsync(owner);
        var stranger = Candidate();
        var stage = (await OkJsonAsync(owner, HttpMethod.Post, $"/api/v1/tracker/jobs/{id}/stages", new { name = "Recruiter screen" }, 201)).GetProperty("id").GetGuid();
        var requests = new (HttpMethod, string, object?)[]
        {
            (HttpMethod.Get, $"/api/v1/tracker/jobs/{id}", null),
            (HttpMethod.Patch, $"/api/v1/tracker/jobs/{id}", new { title = "x" }),
            (HttpMethod.Patch, $"/api/v1/tracker/jobs/{id}/status", new { status = "applied" }),
            (HttpMethod.Post, $"/api/v1/tracker/jobs/{id}/notes", new { text = "x" }),
            (HttpMethod.Get, $"/api/v1/tracker/jobs/{id}/notes", null),
            (HttpMethod.Post, $"/api/v1/tracker/jobs/{id}/follow-ups", null),
            (HttpMethod.Post, $"/api/v1/tracker/jobs/{id}/stages", new { name = "x" }),
            (HttpMethod.Patch, $"/api/v1/tracker/jobs/{id}/stages/{stage}", new { outcome = "passed" }),
            (HttpMethod.Post, $"/api/v1/tracker/jobs/{id}/stages/{stage}/contacts", new { name = "x" }),
            (HttpMethod.Post, $"/api/v1/tracker/jobs/{id}/stages/{stage}/debrief", new { overall_feeling = 3 }),
            (HttpMethod.Post, $"/api/v1/tracker/jobs/{id}/interview-questions", null),
            (HttpMethod.Delete, $"/api/v1/tracker/jobs/{id}", null),
        };
        foreach (var (method, path, body) in requests)
        {
            await AssertProblemAsync(await SendAsync(stranger, method, path, body), 404);
            Assert.That((await SendAsync(null, method, path, body)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), path);
        }

        var list = await OkJsonAsync(stranger, HttpMethod.Get, "/api/v1/tracker/jobs");
        Assert.That(list.GetProperty("total").GetInt64(), Is.Zero);
        await OkJsonAsync(owner, HttpMethod.Get, $"/api/v1/tracker/jobs/{id}");
    }

    [Test]
    public async Task Closing_needs_a_reason_and_closed_is_final()
    {
        var owner = Candidate();
        var id = await TrackAsync(owner);
        await AssertProblemAsync(await SendAsync(owner, HttpMethod.Patch, $"/api/v1/tracker/jobs/{id}/status", new { status = "closed" }), 400, "closed_reason");
        var closed = await OkJsonAsync(owner, HttpMethod.Patch, $"/api/v1/tracker/jobs/{id}/status", new { status = "closed", closed_reason = "ghosted" });
        Assert.That(closed.GetProperty("closed_reason").GetString(), Is.EqualTo("ghosted"));
        await AssertProblemAsync(await SendAsync(owner, HttpMethod.Patch, $"/api/v1/tracker/jobs/{id}/status", new { status = "applied" }), 409);
    }

    [Test]
    public async Task Notes_are_a_list_of_timestamped_entries()
    {
        var owner = Candidate();
        var id = await TrackAsync(owner);
        await OkJsonAsync(owner, HttpMethod.Post, $"/api/v1/tracker/jobs/{id}/notes", new { text = "Sent résumé" }, 201);
        await OkJsonAsync(owner, HttpMethod.Post, $"/api/v1/tracker/jobs/{id}/notes", new { text = "Recruiter called back" }, 201);
        var notes = await OkJsonAsync(owner, HttpMethod.Get, $"/api/v1/tracker/jobs/{id}/notes");
        Assert.That(notes.EnumerateArray().Select(n => n.GetProperty("text").GetString()), Is.EqualTo(new[] { "Sent résumé", "Recruiter called back" }));
        Assert.That(notes[0].GetProperty("created_at").ValueKind, Is.EqualTo(JsonValueKind.String));
    }

    [Test]
    public async Task Follow_ups_are_counted_with_the_last_date_and_count_as_activity()
    {
        var owner = Candidate();
        var id = await TrackAsync(owner);
        await OkJsonAsync(owner, HttpMethod.Patch, $"/api/v1/tracker/jobs/{id}/status", new { status = "applied" });
        await AgeAsync(id, 20);
        await OkJsonAsync(owner, HttpMethod.Post, $"/api/v1/tracker/jobs/{id}/follow-ups");
        var job = await OkJsonAsync(owner, HttpMethod.Post, $"/api/v1/tracker/jobs/{id}/follow-ups");
        Assert.That(job.GetProperty("follow_up_count").GetInt32(), Is.EqualTo(2));
        Assert.That(job.GetProperty("last_follow_up_at").ValueKind, Is.EqualTo(JsonValueKind.String));
        var stale = await OkJsonAsync(owner, HttpMethod.Get, "/api/v1/tracker/stale");
        Assert.That(stale.GetArrayLength(), Is.Zero, "a follow-up is activity");
    }

    [Test]
    public async Task Stale_lists_tracking_and_applied_jobs_inactive_for_n_days_with_a_suggested_action()
    {
        var owner = Candidate();
        var tracking = await TrackAsync(owner, "Otis");
        var applied = await TrackAsync(owner, "Schindler");
        var interviewing = await TrackAsync(owner, "Kone");
        var fresh = await TrackAsync(owner, "TK");
        await OkJsonAsync(owner, HttpMethod.Patch, $"/api/v1/tracker/jobs/{applied}/status", new { status = "applied" });
        await OkJsonAsync(owner, HttpMethod.Patch, $"/api/v1/tracker/jobs/{interviewing}/status", new { status = "interview" });
        foreach (var id in new[] { tracking, applied, interviewing })
        {
            await AgeAsync(id, 15);
        }

        var stale = await OkJsonAsync(owner, HttpMethod.Get, "/api/v1/tracker/stale");
        var byId = stale.EnumerateArray().ToDictionary(s => s.GetProperty("job").GetProperty("id").GetGuid(), s => s.GetProperty("suggested_action").GetString());
        Assert.That(byId.Keys, Is.EquivalentTo(new[] { tracking, applied }));
        Assert.That(byId[applied], Is.EqualTo("send_follow_up"));
        Assert.That(byId[tracking], Is.EqualTo("apply_or_stop_tracking"));
        Assert.That(byId.ContainsKey(fresh), Is.False);

        var longer = await OkJsonAsync(owner, HttpMethod.Get, "/api/v1/tracker/stale?days=30");
        Assert.That(longer.GetArrayLength(), Is.Zero);
        await AssertProblemAsync(await SendAsync(owner, HttpMethod.Get, "/api/v1/tracker/stale?days=0"), 400, "days");
    }

    [Test]
    public async Task The_summary_counts_per_status_active_and_closed()
    {
        var owner = Candidate();
        await TrackAsync(owner);
        var applied = await TrackAsync(owner);
        var closed = await TrackAsync(owner);
        await OkJsonAsync(owner, HttpMethod.Patch, $"/api/v1/tracker/jobs/{applied}/status", new { status = "applied" });
        await OkJsonAsync(owner, HttpMethod.Patch, $"/api/v1/tracker/jobs/{closed}/status", new { status = "closed", closed_reason = "rejected" });
        var summary = await OkJsonAsync(owner, HttpMethod.Get, "/api/v1/tracker/summary");
        Assert.That(summary.GetProperty("by_status").GetProperty("tracking").GetInt64(), Is.EqualTo(1));
        Assert.That(summary.GetProperty("by_status").GetProperty("applied").GetInt64(), Is.EqualTo(1));
        Assert.That(summary.GetProperty("active").GetInt64(), Is.EqualTo(2));
        Assert.That(summary.GetProperty("closed").GetInt64(), Is.EqualTo(1));
        Assert.That(summary.GetProperty("closed_by_reason").GetProperty("rejected").GetInt64(), Is.EqualTo(1));
    }

    [Test]
    public async Task Company_search_matches_the_owners_companies_by_prefix_literally()
    {
        var owner = Candidate();
        await TrackAsync(owner, "Otis Elevator");
        await TrackAsync(owner, "otis elevator");
        await TrackAsync(owner, "Oracle Facilities");
        await TrackAsync(Candidate(), "Otis Worldwide");
        var companies = await OkJsonAsync(owner, HttpMethod.Get, "/api/v1/tracker/companies?prefix=ot");
        Assert.That(companies.GetArrayLength(), Is.EqualTo(1));
        Assert.That((await OkJsonAsync(owner, HttpMethod.Get, "/api/v1/tracker/companies?prefix=%25")).GetArrayLength(), Is.Zero);
        await AssertProblemAsync(await SendAsync(owner, HttpMethod.Get, "/api/v1/tracker/companies?prefix=a%00b"), 400, "prefix");
    }

    [Test]
    public async Task Interview_stages_keep_contacts_outcomes_and_a_debrief()
    {
        var owner = Candidate();
        var id = await TrackAsync(owner);
        var stage = await OkJsonAsync(owner, HttpMethod.Post, $"/api/v1/tracker/jobs/{id}/stages", new
        {
            name = "Recruiter screen",
            stage_date = DateTimeOffset.UtcNow.AddDays(1),
            contacts = new[] { new { name = "Sam Ortiz", role = "Recruiter", email = "sam@example.org", linkedin_url = "https://www.linkedin.com/in/sam" } },
        }, 201);
        var stageId = stage.GetProperty("id").GetGuid();
        await OkJsonAsync(owner, HttpMethod.Post, $"/api/v1/tracker/jobs/{id}/stages/{stageId}/contacts", new { name = "Ana Chu", role = "Hiring manager" }, 201);
        await OkJsonAsync(owner, HttpMethod.Patch, $"/api/v1/tracker/jobs/{id}/stages/{stageId}", new { outcome = "passed" });
        var debriefed = await OkJsonAsync(owner, HttpMethod.Post, $"/api/v1/tracker/jobs/{id}/stages/{stageId}/debrief",
            new { went_well = "Hydraulics questions", questions_asked = new[] { "Describe a leveling fault" }, overall_feeling = 4 });
        Assert.That(debriefed.GetProperty("outcome").GetString(), Is.EqualTo("passed"));
        Assert.That(debriefed.GetProperty("debrief").GetProperty("overall_feeling").GetInt32(), Is.EqualTo(4));
        Assert.That(debriefed.GetProperty("contacts").EnumerateArray().Select(c => c.GetProperty("name").GetString()), Is.EqualTo(new[] { "Sam Ortiz", "Ana Chu" }));
    }

    [TestCase("""{"title":"x"}""", "company")]
    [TestCase("""{"company":"x","title":"y","url":"ftp://x"}""", "url")]
    [TestCase("""{"company":"x","title":"y","channel":"carrier_pigeon"}""", "channel")]
    [TestCase("""{"company":"x\u0000","title":"y"}""", "company")]
    [TestCase("""{"company":"x","title":"y","status":"closed"}""", "status")]
    [TestCase("""{"company":["x"],"title":"y"}""", "company")]
    public async Task Bad_tracked_jobs_are_400_naming_the_field(string json, string field)
    {
        using var client = Client(Candidate());
        using var response = await client.PostAsync(new Uri("/api/v1/tracker/jobs", UriKind.Relative),
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        await AssertProblemAsync(response, 400, field);
    }

    [Test]
    public async Task A_tracked_job_gets_interview_questions_from_its_titles_occupation()
    {
        var owner = Candidate();
        var id = await TrackAsync(owner, title: "HVAC Service Technician");
        var set = await OkJsonAsync(owner, HttpMethod.Post, $"/api/v1/tracker/jobs/{id}/interview-questions");
        Assert.That(set.GetProperty("occupation_code").GetString(), Is.EqualTo("49-9021.00"));
        Assert.That(set.GetProperty("behavioral").GetArrayLength(), Is.GreaterThan(2));
    }
}
