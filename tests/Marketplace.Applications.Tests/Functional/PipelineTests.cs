using System.Net;
using System.Text.Json;
using Marketplace.Contracts.Applications;
using Marketplace.Contracts.Matching;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.Testing;

namespace Marketplace.Applications.Tests.Functional;

public sealed class PipelineTests : ApplicationsFixture
{
    private async Task<(Guid Organization, TokenRequest Employer, TokenRequest Candidate, Guid Job, Guid Application)> AppliedApplicationAsync()
    {
        var organization = Guid.NewGuid();
        var job = await PublishListingAsync(organization);
        var candidate = Candidate();
        var application = await AppliedAsync(candidate, job);
        return (organization, Employer(organization), candidate, job, application);
    }

    private Task<JsonElement> MoveAsync(TokenRequest employer, Guid application, string status, string? reason = null, int expected = 200) =>
        OkJsonAsync(employer, HttpMethod.Patch, $"/api/v1/jobs/applications/{application}/status",
            new Dictionary<string, object?> { ["status"] = status, ["reason"] = reason }, expected);

    private static object Interview() => new
    {
        interview_type = "video",
        scheduled_at = DateTimeOffset.UtcNow.AddDays(2),
        duration_minutes = 45,
        location = "https://meet.example.org/abc",
        interviewers = new[] { "Pat Lee" },
    };

    private static object Offer(DateTimeOffset? expires = null) => new
    {
        position_title = "Elevator Mechanic",
        compensation_type = "hourly",
        amount = 55.5m,
        currency = "USD",
        start_date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)),
        benefits = new[] { "health", "van" },
        terms = "Union scale.",
        expires_at = expires ?? DateTimeOffset.UtcNow.AddDays(7),
    };

    [Test]
    public async Task The_employer_does_not_see_the_applicants_identity_before_shortlisting()
    {
        var (_, employer, _, _, application) = await AppliedApplicationAsync();
        var before = await OkJsonAsync(employer, HttpMethod.Get, $"/api/v1/jobs/applications/{application}");
        Assert.That(before.GetProperty("identity_visible").GetBoolean(), Is.False);
        Assert.That(before.GetProperty("contact").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(before.GetRawText(), Does.Not.Contain("dana@example.org"));
        Assert.That(before.GetProperty("applicant").GetProperty("skills").GetArrayLength(), Is.EqualTo(2));

        var after = await MoveAsync(employer, application, "shortlisted");
        Assert.That(after.GetProperty("contact").GetProperty("email").GetString(), Is.EqualTo("dana@example.org"));
    }

    [Test]
    public async Task Opening_an_application_the_first_time_marks_it_viewed()
    {
        var (_, employer, candidate, _, application) = await AppliedApplicationAsync();
        var own = await OkJsonAsync(candidate, HttpMethod.Get, $"/api/v1/jobs/applications/{application}");
        Assert.That(own.GetProperty("status").GetString(), Is.EqualTo("submitted"), "the applicant opening it is not a view");
        var opened = await OkJsonAsync(employer, HttpMethod.Get, $"/api/v1/jobs/applications/{application}");
        Assert.That(opened.GetProperty("status").GetString(), Is.EqualTo("viewed"));
        Assert.That(opened.GetProperty("viewed_at").ValueKind, Is.EqualTo(JsonValueKind.String));
        Assert.That(opened.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to_status").GetString()), Is.EqualTo(new[] { "submitted", "viewed" }));
    }

    [Test]
    public async Task An_illegal_move_is_409_naming_the_current_state()
    {
        var (_, employer, _, _, application) = await AppliedApplicationAsync();
        using var response = await SendAsync(employer, HttpMethod.Patch, $"/api/v1/jobs/applications/{application}/status", new { status = "hired" });
        await AssertProblemAsync(response, 409);
        Assert.That((await ReadJsonAsync(response)).GetProperty("detail").GetString(), Does.Contain("submitted"));
    }

    [Test]
    public async Task A_rejection_needs_a_reason_code()
    {
        var (_, employer, _, _, application) = await AppliedApplicationAsync();
        using var response = await SendAsync(employer, HttpMethod.Patch, $"/api/v1/jobs/applications/{application}/status", new { status = "rejected" });
        await AssertProblemAsync(response, 400, "reason");
        var rejected = await OkJsonAsync(employer, HttpMethod.Patch, $"/api/v1/jobs/applications/{application}/status",
            new { status = "rejected", reason = "not_qualified", feedback = "We need a QEI licence." });
        Assert.That(rejected.GetProperty("rejection_reason").GetString(), Is.EqualTo("not_qualified"));
        var notice = (await NoticesAsync(application)).Single();
        Assert.That(notice.GetProperty("kind").GetString(), Is.EqualTo("application_rejected"));
        Assert.That(notice.GetProperty("data").GetProperty("feedback").GetString(), Is.EqualTo("We need a QEI licence."));
    }

    [Test]
    public async Task The_whole_pipeline_to_hired_publishes_each_step()
    {
        var (_, employer, candidate, _, application) = await AppliedApplicationAsync();
        await MoveAsync(employer, application, "shortlisted");
        var interview = await OkJsonAsync(employer, HttpMethod.Post, $"/api/v1/jobs/applications/{application}/interview", Interview(), 201);
        var interviewId = interview.GetProperty("id").GetGuid();
        await OkJsonAsync(employer, HttpMethod.Post, $"/api/v1/jobs/applications/{application}/interviews/{interviewId}/complete",
            new { rating = 4, recommendation = "hire", strengths = new[] { "controllers" }, notes = "Solid." });
        await OkJsonAsync(employer, HttpMethod.Post, $"/api/v1/jobs/applications/{application}/offer", Offer(), 201);
        await OkJsonAsync(candidate, HttpMethod.Post, $"/api/v1/jobs/applications/{application}/offer/respond", new { response = "accepted" });
        var hired = await MoveAsync(employer, application, "hired");

        Assert.That(hired.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to_status").GetString()), Is.EqualTo(new[]
        {
            "submitted", "shortlisted", "interview_scheduled", "interview_completed", "offer_extended", "offer_accepted", "hired",
        }));
        Assert.That(await OutboxAsync<ApplicationStatusChanged>(application), Has.Count.EqualTo(6));
        Assert.That(await OutboxAsync<InterviewScheduled>(application), Has.Count.EqualTo(1));
        Assert.That(await OutboxAsync<OfferExtended>(application), Has.Count.EqualTo(1));
        Assert.That((await OutboxAsync<OfferResponded>(application)).Single().GetProperty("response").GetString(), Is.EqualTo("accepted"));
        Assert.That(await OutboxAsync<CandidateHired>(application), Has.Count.EqualTo(1));

        var asApplicant = await OkJsonAsync(candidate, HttpMethod.Get, $"/api/v1/jobs/applications/{application}");
        Assert.That(asApplicant.GetProperty("interviews")[0].GetProperty("feedback").ValueKind, Is.EqualTo(JsonValueKind.Null),
            "interview feedback is the hiring team's");
    }

    [Test]
    public async Task An_offer_past_its_expiry_expires_by_itself()
    {
        var (_, employer, candidate, _, application) = await AppliedApplicationAsync();
        await MoveAsync(employer, application, "shortlisted");
        await OkJsonAsync(employer, HttpMethod.Post, $"/api/v1/jobs/applications/{application}/offer", Offer(DateTimeOffset.UtcNow.AddSeconds(2)), 201);
        Assert.That(await Wait.UntilAsync(async () =>
            (await OkJsonAsync(candidate, HttpMethod.Get, $"/api/v1/jobs/applications/{application}")).GetProperty("status").GetString() == "offer_declined",
            TimeSpan.FromSeconds(20)), Is.True);
        var detail = await OkJsonAsync(candidate, HttpMethod.Get, $"/api/v1/jobs/applications/{application}");
        Assert.That(detail.GetProperty("offer").GetProperty("status").GetString(), Is.EqualTo("expired"));
        Assert.That((await OutboxAsync<OfferResponded>(application)).Single().GetProperty("response").GetString(), Is.EqualTo("expired"));
        using var late = await SendAsync(candidate, HttpMethod.Post, $"/api/v1/jobs/applications/{application}/offer/respond", new { response = "accepted" });
        await AssertProblemAsync(late, 409);
    }

    [Test]
    public async Task Withdrawing_publishes_ApplicationWithdrawn_and_a_second_withdrawal_is_409()
    {
        var (_, _, candidate, _, application) = await AppliedApplicationAsync();
        var withdrawn = await OkJsonAsync(candidate, HttpMethod.Delete, $"/api/v1/jobs/my-applications/{application}?reason=took%20another%20job");
        Assert.That(withdrawn.GetProperty("status").GetString(), Is.EqualTo("withdrawn"));
        Assert.That((await OutboxAsync<ApplicationWithdrawn>(application)).Single().GetProperty("reason").GetString(), Is.EqualTo("took another job"));
        await AssertProblemAsync(await SendAsync(candidate, HttpMethod.Delete, $"/api/v1/jobs/my-applications/{application}"), 409);
    }

    [Test]
    public async Task My_applications_lists_the_callers_own_with_job_title_and_status()
    {
        var (_, _, candidate, job, application) = await AppliedApplicationAsync();
        await AppliedApplicationAsync();
        var mine = await OkJsonAsync(candidate, HttpMethod.Get, "/api/v1/jobs/my-applications?status=submitted");
        Assert.That(mine.GetProperty("total").GetInt64(), Is.EqualTo(1));
        var item = mine.GetProperty("items")[0];
        Assert.That(item.GetProperty("id").GetGuid(), Is.EqualTo(application));
        Assert.That(item.GetProperty("job_id").GetGuid(), Is.EqualTo(job));
        Assert.That(item.GetProperty("job_title").GetString(), Is.EqualTo("Elevator Mechanic"));
    }

    [Test]
    public async Task The_employers_list_is_sorted_by_match_score_with_unscored_last()
    {
        var organization = Guid.NewGuid();
        var job = await PublishListingAsync(organization);
        var low = await AppliedAsync(Candidate(), job);
        var unscored = await AppliedAsync(Candidate(), job);
        var high = await AppliedAsync(Candidate(), job);
        foreach (var (id, score) in new[] { (low, 41m), (high, 88m) })
        {
            await PublishAsync(new ApplicationScored(Guid.NewGuid(), DateTimeOffset.UtcNow, id, job, Guid.NewGuid(), score,
                new Dictionary<string, decimal>(), ["troubleshooting"], [], [], []));
        }

        var employer = Employer(organization);
        Assert.That(await Wait.UntilAsync(async () =>
        {
            var list = await OkJsonAsync(employer, HttpMethod.Get, $"/api/v1/jobs/{job}/applications?sort=match_score");
            return list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).SequenceEqual([high, low, unscored]);
        }, TimeSpan.FromSeconds(20)), Is.True);
        var page = await OkJsonAsync(employer, HttpMethod.Get, $"/api/v1/jobs/{job}/applications?page_size=1&page=2");
        Assert.That(page.GetProperty("total").GetInt64(), Is.EqualTo(3));
        Assert.That(page.GetProperty("has_more").GetBoolean(), Is.True);
        Assert.That(page.GetProperty("items")[0].GetProperty("match_score").GetDecimal(), Is.EqualTo(41m));
    }

    [TestCase("/api/v1/jobs/{job}/applications?page=0", "page")]
    [TestCase("/api/v1/jobs/{job}/applications?page_size=1000", "page_size")]
    [TestCase("/api/v1/jobs/{job}/applications?status=bogus", "status")]
    [TestCase("/api/v1/jobs/{job}/applications?sort=bogus", "sort")]
    [TestCase("/api/v1/jobs/{job}/applications?knockout=maybe", "knockout")]
    [TestCase("/api/v1/jobs/{job}/applications?page=abc", "page")]
    public async Task Bad_list_parameters_are_400_naming_the_field(string path, string field)
    {
        var organization = Guid.NewGuid();
        var job = await PublishListingAsync(organization);
        await AssertProblemAsync(await SendAsync(Employer(organization), HttpMethod.Get, path.Replace("{job}", job.ToString(), StringComparison.Ordinal)), 400, field);
    }

    [Test]
    public async Task A_page_beyond_the_paging_window_is_a_400_naming_page()
    {
        var organization = Guid.NewGuid();
        var job = await PublishListingAsync(organization);
        await AssertProblemAsync(await SendAsync(Employer(organization), HttpMethod.Get, $"/api/v1/jobs/{job}/applications?page=2147483647&page_size=100"), 400, "page");
    }

    /// <summary>Every application endpoint, as another organization's employer, another applicant and anonymous.</summary>
    private static IEnumerable<TestCaseData> Endpoints()
    {
        yield return new TestCaseData("GET", "/api/v1/jobs/{job}/applications", null, "hiring").SetName("List_for_job");
        yield return new TestCaseData("GET", "/api/v1/jobs/applications/{app}", null, "either").SetName("Get");
        yield return new TestCaseData("PATCH", "/api/v1/jobs/applications/{app}/status", """{"status":"shortlisted"}""", "hiring").SetName("Change_status");
        yield return new TestCaseData("POST", "/api/v1/jobs/applications/{app}/interview",
            $$"""{"interview_type":"phone","scheduled_at":"{{DateTimeOffset.UtcNow.AddDays(1):O}}"}""", "hiring").SetName("Schedule_interview");
        yield return new TestCaseData("POST", "/api/v1/jobs/applications/{app}/offer",
            """{"position_title":"Mechanic","compensation_type":"hourly","amount":50,"currency":"USD"}""", "hiring").SetName("Extend_offer");
        yield return new TestCaseData("PUT", "/api/v1/jobs/applications/{app}/offer",
            """{"position_title":"Mechanic","compensation_type":"hourly","amount":50,"currency":"USD"}""", "hiring").SetName("Revise_offer");
        yield return new TestCaseData("POST", "/api/v1/jobs/applications/{app}/offer/withdraw", null, "hiring").SetName("Withdraw_offer");
        yield return new TestCaseData("POST", "/api/v1/jobs/applications/{app}/offer/respond", """{"response":"accepted"}""", "applicant").SetName("Respond_to_offer");
        yield return new TestCaseData("DELETE", "/api/v1/jobs/my-applications/{app}", null, "applicant").SetName("Withdraw_application");
        yield return new TestCaseData("POST", "/api/v1/jobs/applications/{app}/interview-questions", "{}", "either").SetName("Interview_questions");
    }

    [TestCaseSource(nameof(Endpoints))]
    public async Task Someone_elses_application_is_not_found(string method, string template, string? body, string who)
    {
        var (_, employer, candidate, job, application) = await AppliedApplicationAsync();
        var path = template.Replace("{job}", job.ToString(), StringComparison.Ordinal).Replace("{app}", application.ToString(), StringComparison.Ordinal);

        async Task<HttpResponseMessage> Send(TokenRequest? caller)
        {
            using var client = Client(caller);
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (body is not null)
            {
                request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
            }

            return await client.SendAsync(request);
        }

        // Another organization's employer and another applicant find nothing; for hiring-team routes a mere applicant is refused.
        var otherEmployer = await Send(Employer());
        Assert.That((int)otherEmployer.StatusCode, who == "applicant" ? Is.EqualTo(404) : Is.EqualTo(404), await otherEmployer.Content.ReadAsStringAsync());
        var otherApplicant = await Send(Candidate());
        Assert.That((int)otherApplicant.StatusCode, who == "hiring" ? Is.EqualTo(403) : Is.EqualTo(404), await otherApplicant.Content.ReadAsStringAsync());
        Assert.That((await Send(null)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));

        // The owner is not refused (the request may still be in the wrong state).
        var owner = await Send(who == "applicant" ? candidate : employer);
        Assert.That((int)owner.StatusCode, Is.Not.EqualTo(404).And.Not.EqualTo(403), await owner.Content.ReadAsStringAsync());
    }
}
