using System.Net;
using Marketplace.Contracts.Applications;
using Marketplace.Contracts.Listings;
using Marketplace.Contracts.Matching;
using Marketplace.Testing;

namespace Marketplace.Applications.Tests.Functional;

public sealed class ApplyTests : ApplicationsFixture
{
    [Test]
    public async Task Applying_to_a_visible_active_listing_stores_it_and_publishes_ApplicationSubmitted()
    {
        var job = await PublishListingAsync(Guid.NewGuid());
        var candidate = Candidate();
        using var response = await ApplyAsync(candidate, job);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var body = await ReadJsonAsync(response);
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("submitted"));
        Assert.That(body.GetProperty("applicant").GetProperty("skills").GetArrayLength(), Is.EqualTo(2));

        var submitted = await OutboxAsync<ApplicationSubmitted>(body.GetProperty("id").GetGuid());
        Assert.That(submitted, Has.Count.EqualTo(1));
        Assert.That(submitted[0].GetProperty("jobCategory").GetString(), Is.EqualTo("elevator_mechanic"));
    }

    [Test]
    public async Task Two_concurrent_applies_give_one_created_and_one_conflict()
    {
        var job = await PublishListingAsync(Guid.NewGuid());
        var candidate = Candidate();
        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => ApplyAsync(candidate, job)));
        Assert.That(responses.Select(r => (int)r.StatusCode).Order(), Is.EqualTo(new[] { 201, 409 }));
        await AssertProblemAsync(responses.Single(r => (int)r.StatusCode == 409), 409);
    }

    [Test]
    public async Task An_internal_listing_of_another_organization_cannot_be_applied_to()
    {
        var job = await PublishListingAsync(Guid.NewGuid(), Snapshot(visibility: "internal"));
        using var response = await ApplyAsync(Candidate(Guid.NewGuid()), job);
        await AssertProblemAsync(response, 404);
    }

    [Test]
    public async Task An_internal_listing_takes_applications_from_its_own_organization()
    {
        var organization = Guid.NewGuid();
        var job = await PublishListingAsync(organization, Snapshot(visibility: "internal"));
        await AppliedAsync(Candidate(organization), job);
    }

    [Test]
    public async Task A_network_listing_takes_applications_from_its_network_only()
    {
        var job = await PublishListingAsync(Guid.NewGuid(), Snapshot(visibility: "network", networks: ["net-7"]));
        await AssertProblemAsync(await ApplyAsync(Candidate(networks: ["net-8"]), job), 404);
        await AppliedAsync(Candidate(networks: ["net-7"]), job);
    }

    [Test]
    public async Task A_listing_whose_tier_cascade_reached_global_takes_applications_from_anyone()
    {
        var cascade = new[] { new VisibilityCascadeStep("network", 1), new VisibilityCascadeStep("global", 2) };
        var widened = await PublishListingAsync(Guid.NewGuid(), Snapshot(visibility: "internal") with
        {
            PublishedAt = DateTimeOffset.UtcNow.AddHours(-3), VisibilityCascade = cascade,
        });
        var notYet = await PublishListingAsync(Guid.NewGuid(), Snapshot(visibility: "internal") with
        {
            PublishedAt = DateTimeOffset.UtcNow.AddMinutes(-90), VisibilityCascade = cascade,
        });
        await AppliedAsync(Candidate(Guid.NewGuid()), widened);
        await AssertProblemAsync(await ApplyAsync(Candidate(Guid.NewGuid()), notYet), 404);
    }

    [Test]
    public async Task An_unknown_listing_is_not_found()
    {
        await AssertProblemAsync(await ApplyAsync(Candidate(), Guid.NewGuid()), 404);
    }

    [Test]
    public async Task A_closed_listing_answers_conflict()
    {
        var organization = Guid.NewGuid();
        var job = await PublishListingAsync(organization);
        await PublishAsync(new JobListingClosed(Guid.NewGuid(), DateTimeOffset.UtcNow, job, organization, "closed", "budget", Snapshot()));
        Assert.That(await Wait.UntilAsync(async () => await ListingStatusAsync(job) == "closed", TimeSpan.FromSeconds(20)), Is.True);
        await AssertProblemAsync(await ApplyAsync(Candidate(), job), 409);
    }

    [Test]
    public async Task A_listing_past_its_application_deadline_answers_conflict()
    {
        var job = await PublishListingAsync(Guid.NewGuid(), Snapshot(deadline: DateTimeOffset.UtcNow.AddMinutes(-1)));
        await AssertProblemAsync(await ApplyAsync(Candidate(), job), 409);
    }

    [Test]
    public async Task An_older_update_delivered_late_does_not_reopen_a_closed_listing()
    {
        var organization = Guid.NewGuid();
        var job = await PublishListingAsync(organization);
        var closedAt = DateTimeOffset.UtcNow;
        await PublishAsync(new JobListingClosed(Guid.NewGuid(), closedAt, job, organization, "filled", null, Snapshot()));
        Assert.That(await Wait.UntilAsync(async () => await ListingStatusAsync(job) == "filled", TimeSpan.FromSeconds(20)), Is.True);
        await PublishAsync(new JobListingUpdated(Guid.NewGuid(), closedAt.AddSeconds(-5), job, organization, ["title"], Snapshot(title: "Old title")));
        await PublishAsync(new JobListingUpdated(Guid.NewGuid(), closedAt.AddSeconds(5), job, organization, ["title"], Snapshot(title: "New title")));
        await using var db = await OpenDatabaseAsync();
        Assert.That(await Wait.UntilAsync(async () => await Dapper.SqlMapper.QuerySingleAsync<string>(db,
            "select title from listings where listing_id = @job", new { job }) == "New title", TimeSpan.FromSeconds(20)), Is.True);
        Assert.That(await ListingStatusAsync(job), Is.EqualTo("filled"));
    }

    [Test]
    public async Task A_knockout_answer_stores_the_application_rejected_and_tells_the_applicant()
    {
        var question = new ScreeningQuestionSnapshot(Guid.NewGuid(), "Do you hold a QEI licence?", "yes_no", true, 1, null, "no");
        var organization = Guid.NewGuid();
        var job = await PublishListingAsync(organization, Snapshot(questions: [question]));
        var id = await AppliedAsync(Candidate(), job, ApplyBody(new[] { new { question_id = question.QuestionId, answer = "no" } }));

        var changed = await OutboxAsync<ApplicationStatusChanged>(id);
        Assert.That(changed.Select(c => (c.GetProperty("toStatus").GetString(), c.GetProperty("reason").GetString())),
            Is.EqualTo(new[] { ("rejected", "screening_knockout") }));
        Assert.That((await NoticesAsync(id)).Single().GetProperty("data").GetProperty("reason").GetString(), Is.EqualTo("screening_knockout"));

        var employer = Employer(organization);
        var main = await OkJsonAsync(employer, HttpMethod.Get, $"/api/v1/jobs/{job}/applications");
        Assert.That(main.GetProperty("total").GetInt64(), Is.Zero, "knockouts are kept out of the main list");
        var knockouts = await OkJsonAsync(employer, HttpMethod.Get, $"/api/v1/jobs/{job}/applications?knockout=true");
        Assert.That(knockouts.GetProperty("items")[0].GetProperty("rejection_reason").GetString(), Is.EqualTo("screening_knockout"));
    }

    [Test]
    public async Task A_missing_required_screening_answer_is_400_naming_the_question()
    {
        var question = new ScreeningQuestionSnapshot(Guid.NewGuid(), "Years on traction units?", "number", true, 1, null, null);
        var job = await PublishListingAsync(Guid.NewGuid(), Snapshot(questions: [question]));
        await AssertProblemAsync(await ApplyAsync(Candidate(), job), 400, $"screening_answers[{question.QuestionId}]");
    }

    [Test]
    public async Task A_wrong_answer_type_is_400_naming_the_question()
    {
        var question = new ScreeningQuestionSnapshot(Guid.NewGuid(), "Years on traction units?", "number", true, 1, null, null);
        var job = await PublishListingAsync(Guid.NewGuid(), Snapshot(questions: [question]));
        var body = ApplyBody(new[] { new { question_id = question.QuestionId, answer = "lots" } });
        await AssertProblemAsync(await ApplyAsync(Candidate(), job, body), 400, $"screening_answers[{question.QuestionId}]");
    }

    [TestCase("""{"portfolio_url":"not a url"}""", "portfolio_url")]
    [TestCase("""{"cover_letter":"a\u0000b"}""", "cover_letter")]
    [TestCase("""{"screening_answers":[null]}""", "screening_answers[0]")]
    [TestCase("""{"screening_answers":[{"answer":"x"}]}""", "screening_answers[0].question_id")]
    [TestCase("""{"applicant":{"years_experience":1e30}}""", "applicant.years_experience")]
    [TestCase("""{"resume_document_id":"not-a-uuid"}""", "resume_document_id")]
    [TestCase("""{"cover_letter":42}""", "cover_letter")]
    public async Task Bad_input_is_400_naming_the_field(string json, string field)
    {
        var job = await PublishListingAsync(Guid.NewGuid());
        using var client = Client(Candidate());
        using var response = await client.PostAsync(new Uri($"/api/v1/jobs/{job}/apply", UriKind.Relative),
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        await AssertProblemAsync(response, 400, field);
    }

    [Test]
    public async Task Anonymous_callers_cannot_apply()
    {
        var job = await PublishListingAsync(Guid.NewGuid());
        using var response = await ApplyAsync(null!, job);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task The_snapshot_is_frozen_from_the_profile_and_later_edits_do_not_change_it()
    {
        var candidate = Candidate();
        var profile = new ApplicantSnapshot("Lead Elevator Mechanic", ["controllers"], [new CertificationSnapshot("QEI", "NAESA", new DateOnly(2027, 6, 30))],
            9m, "Chicago", "IL", "US", "60601", null, null);
        await PublishAsync(new CandidateProfileUpdated(Guid.NewGuid(), DateTimeOffset.UtcNow, candidate.Sub, null, 1, profile, [], [], true));
        await using (var db = await OpenDatabaseAsync())
        {
            Assert.That(await Wait.UntilAsync(async () => await Dapper.SqlMapper.ExecuteScalarAsync<long?>(db,
                "select version from candidate_profiles where user_id = @Sub", new { candidate.Sub }) == 1, TimeSpan.FromSeconds(20)), Is.True);
        }

        var job = await PublishListingAsync(Guid.NewGuid());
        var id = await AppliedAsync(candidate, job);
        await PublishAsync(new CandidateProfileUpdated(Guid.NewGuid(), DateTimeOffset.UtcNow, candidate.Sub, null, 2,
            profile with { CurrentTitle = "Superintendent", Skills = ["management"] }, [], [], true));
        await using (var db = await OpenDatabaseAsync())
        {
            Assert.That(await Wait.UntilAsync(async () => await Dapper.SqlMapper.ExecuteScalarAsync<long?>(db,
                "select version from candidate_profiles where user_id = @Sub", new { candidate.Sub }) == 2, TimeSpan.FromSeconds(20)), Is.True);
        }

        var application = await OkJsonAsync(candidate, HttpMethod.Get, $"/api/v1/jobs/applications/{id}");
        var applicant = application.GetProperty("applicant");
        Assert.That(applicant.GetProperty("current_title").GetString(), Is.EqualTo("Lead Elevator Mechanic"));
        Assert.That(applicant.GetProperty("certifications")[0].GetProperty("expires_on").GetString(), Is.EqualTo("2027-06-30"));
    }
}
