using System.Text.Json;
using Marketplace.Contracts.Applications;
using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.Applications.Tests.Functional;

public sealed class InterviewAndOfferTests : ApplicationsFixture
{
    private async Task<(TokenRequest Employer, TokenRequest Candidate, Guid Application)> ShortlistedAsync()
    {
        var organization = Guid.NewGuid();
        var job = await PublishListingAsync(organization);
        var candidate = Candidate();
        var application = await AppliedAsync(candidate, job);
        var employer = Employer(organization);
        await OkJsonAsync(employer, HttpMethod.Patch, $"/api/v1/jobs/applications/{application}/status", new { status = "shortlisted" });
        return (employer, candidate, application);
    }

    private async Task<Guid> ScheduleAsync(TokenRequest employer, Guid application) =>
        (await OkJsonAsync(employer, HttpMethod.Post, $"/api/v1/jobs/applications/{application}/interview",
            new { interview_type = "technical", scheduled_at = DateTimeOffset.UtcNow.AddDays(1), duration_minutes = 90 }, 201)).GetProperty("id").GetGuid();

    private async Task<string> StatusAsync(TokenRequest caller, Guid application) =>
        (await OkJsonAsync(caller, HttpMethod.Get, $"/api/v1/jobs/applications/{application}")).GetProperty("status").GetString()!;

    [Test]
    public async Task Completing_only_the_last_open_interview_moves_to_interview_completed()
    {
        var (employer, _, application) = await ShortlistedAsync();
        var first = await ScheduleAsync(employer, application);
        var second = await ScheduleAsync(employer, application);
        await OkJsonAsync(employer, HttpMethod.Post, $"/api/v1/jobs/applications/{application}/interviews/{first}/complete", new { rating = 3 });
        Assert.That(await StatusAsync(employer, application), Is.EqualTo("interview_scheduled"));
        await OkJsonAsync(employer, HttpMethod.Post, $"/api/v1/jobs/applications/{application}/interviews/{second}/no-show");
        Assert.That(await StatusAsync(employer, application), Is.EqualTo("interview_completed"));
    }

    [Test]
    public async Task Cancelling_the_only_interview_goes_back_to_shortlisted()
    {
        var (employer, _, application) = await ShortlistedAsync();
        var interview = await ScheduleAsync(employer, application);
        await OkJsonAsync(employer, HttpMethod.Post, $"/api/v1/jobs/applications/{application}/interviews/{interview}/cancel");
        Assert.That(await StatusAsync(employer, application), Is.EqualTo("shortlisted"));
        using var again = await SendAsync(employer, HttpMethod.Post, $"/api/v1/jobs/applications/{application}/interviews/{interview}/complete", new { rating = 4 });
        await AssertProblemAsync(again, 409);
    }

    [Test]
    public async Task Rescheduling_publishes_InterviewScheduled_again_for_the_same_interview()
    {
        var (employer, _, application) = await ShortlistedAsync();
        var interview = await ScheduleAsync(employer, application);
        var later = DateTimeOffset.UtcNow.AddDays(5);
        await OkJsonAsync(employer, HttpMethod.Post, $"/api/v1/jobs/applications/{application}/interviews/{interview}/reschedule", new { scheduled_at = later });
        var events = await OutboxAsync<InterviewScheduled>(application);
        Assert.That(events.Select(e => e.GetProperty("interviewId").GetGuid()), Is.EqualTo(new[] { interview, interview }));
    }

    [TestCase("""{"interview_type":"zoom","scheduled_at":"2030-01-01T00:00:00Z"}""", "interview_type")]
    [TestCase("""{"interview_type":"phone","scheduled_at":"2020-01-01T00:00:00Z"}""", "scheduled_at")]
    [TestCase("""{"interview_type":"phone"}""", "scheduled_at")]
    [TestCase("""{"interview_type":"phone","duration_minutes":5000}""", "duration_minutes")]
    public async Task Bad_interviews_are_400_naming_the_field(string json, string field)
    {
        var (employer, _, application) = await ShortlistedAsync();
        using var client = Client(employer);
        using var response = await client.PostAsync(new Uri($"/api/v1/jobs/applications/{application}/interview", UriKind.Relative),
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        await AssertProblemAsync(response, 400, field);
    }

    [TestCase("compensation_type", "barter")]
    [TestCase("currency", "dollars")]
    [TestCase("amount", -1)]
    [TestCase("position_title", "")]
    public async Task Bad_offers_are_400_naming_the_field(string field, object value)
    {
        var (employer, _, application) = await ShortlistedAsync();
        var body = new Dictionary<string, object?>
        {
            ["position_title"] = "Mechanic", ["compensation_type"] = "salary", ["amount"] = 90000, ["currency"] = "USD", [field] = value,
        };
        await AssertProblemAsync(await SendAsync(employer, HttpMethod.Post, $"/api/v1/jobs/applications/{application}/offer", body), 400, field);
    }

    [Test]
    public async Task A_counter_offer_request_is_answered_by_a_revision_the_applicant_then_accepts()
    {
        var (employer, candidate, application) = await ShortlistedAsync();
        var offer = new { position_title = "Mechanic", compensation_type = "hourly", amount = 50m, currency = "usd" };
        await OkJsonAsync(employer, HttpMethod.Post, $"/api/v1/jobs/applications/{application}/offer", offer, 201);
        await AssertProblemAsync(await SendAsync(candidate, HttpMethod.Post, $"/api/v1/jobs/applications/{application}/offer/respond",
            new { response = "counter_requested" }), 400, "reason");
        var countered = await OkJsonAsync(candidate, HttpMethod.Post, $"/api/v1/jobs/applications/{application}/offer/respond",
            new { response = "counter_requested", reason = "55 please" });
        Assert.That(countered.GetProperty("status").GetString(), Is.EqualTo("counter_requested"));
        await AssertProblemAsync(await SendAsync(candidate, HttpMethod.Post, $"/api/v1/jobs/applications/{application}/offer/respond",
            new { response = "accepted" }), 409);

        var revised = await OkJsonAsync(employer, HttpMethod.Put, $"/api/v1/jobs/applications/{application}/offer", offer with { amount = 55m });
        Assert.That(revised.GetProperty("revision").GetInt32(), Is.EqualTo(2));
        Assert.That(revised.GetProperty("currency").GetString(), Is.EqualTo("USD"));
        await OkJsonAsync(candidate, HttpMethod.Post, $"/api/v1/jobs/applications/{application}/offer/respond", new { response = "accepted" });
        Assert.That(await StatusAsync(candidate, application), Is.EqualTo("offer_accepted"));
        Assert.That((await OutboxAsync<OfferExtended>(application)).Select(e => e.GetProperty("revision").GetInt32()), Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public async Task A_withdrawn_offer_leaves_the_application_open_for_a_new_one()
    {
        var (employer, _, application) = await ShortlistedAsync();
        var offer = new { position_title = "Mechanic", compensation_type = "salary", amount = 90000m, currency = "USD" };
        await OkJsonAsync(employer, HttpMethod.Post, $"/api/v1/jobs/applications/{application}/offer", offer, 201);
        var withdrawn = await OkJsonAsync(employer, HttpMethod.Post, $"/api/v1/jobs/applications/{application}/offer/withdraw");
        Assert.That(withdrawn.GetProperty("status").GetString(), Is.EqualTo("withdrawn"));
        Assert.That(await StatusAsync(employer, application), Is.EqualTo("offer_declined"));
        await OkJsonAsync(employer, HttpMethod.Post, $"/api/v1/jobs/applications/{application}/offer", offer, 201);
        Assert.That(await StatusAsync(employer, application), Is.EqualTo("offer_extended"));
    }

    [TestCase("reschedule", """{"scheduled_at":"{future}"}""")]
    [TestCase("cancel", null)]
    [TestCase("complete", """{"rating":3}""")]
    [TestCase("no-show", null)]
    public async Task Someone_elses_interview_is_not_found(string action, string? body)
    {
        var (employer, candidate, application) = await ShortlistedAsync();
        var interview = await ScheduleAsync(employer, application);
        var path = $"/api/v1/jobs/applications/{application}/interviews/{interview}/{action}";
        object? content = body is null ? null : JsonDocument.Parse(body.Replace("{future}", DateTimeOffset.UtcNow.AddDays(3).ToString("O"), StringComparison.Ordinal)).RootElement;
        await AssertProblemAsync(await SendAsync(Employer(), HttpMethod.Post, path, content), 404);
        await AssertProblemAsync(await SendAsync(employer, HttpMethod.Post,
            $"/api/v1/jobs/applications/{application}/interviews/{Guid.NewGuid()}/{action}", content), 404);
        Assert.That((int)(await SendAsync(candidate, HttpMethod.Post, path, content)).StatusCode, Is.EqualTo(403), "the applicant is not the hiring team");
        Assert.That((int)(await SendAsync(null, HttpMethod.Post, path, content)).StatusCode, Is.EqualTo(401));
    }
}
