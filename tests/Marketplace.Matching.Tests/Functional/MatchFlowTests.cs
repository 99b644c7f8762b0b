using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Marketplace.Contracts.Applications;
using Marketplace.Contracts.Listings;
using Marketplace.Contracts.ScraperIngest;
using Marketplace.Matching.Api.Roles;

namespace Marketplace.Matching.Tests.Functional;

public sealed class MatchFlowTests : MatchingFixture
{
    private async Task<(Guid ProfileId, Guid JobId, Guid Org)> SeekerAndJobAsync(TokenRequestArgs? args = null)
    {
        var seeker = args?.Caller ?? Seeker();
        var profile = await PutProfileAsync(seeker);
        var profileId = profile.GetProperty("id").GetGuid();
        await WaitForProfileMatchedAsync(profileId);
        var (jobId, org) = await PublishJobAsync(args?.Listing);
        await WaitForJobRunsAsync(jobId);
        return (profileId, jobId, org);
    }

    [Test]
    public async Task A_published_job_is_recommended_to_a_fitting_profile_with_reasons()
    {
        var seeker = Seeker();
        var (_, jobId, _) = await SeekerAndJobAsync(new TokenRequestArgs(seeker));

        using var client = Client(seeker);
        var page = await ReadJsonAsync(await client.GetAsync(new Uri("/api/v1/recommendations", UriKind.Relative)));
        var item = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("job_id").GetGuid() == jobId);

        Assert.That(item.GetProperty("score").GetDecimal(), Is.GreaterThanOrEqualTo(70m));
        Assert.That(item.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()), Has.Some.Contains("required skills"));
        Assert.That(item.GetProperty("components").GetProperty("skills").GetDecimal(), Is.EqualTo(100m));
        Assert.That(item.GetProperty("job").GetProperty("title").GetString(), Is.EqualTo("Elevator Mechanic"));
    }

    [Test]
    public async Task A_recommendation_is_announced_once_under_redelivery_and_rematching()
    {
        var seeker = Seeker();
        var profile = await PutProfileAsync(seeker);
        var profileId = profile.GetProperty("id").GetGuid();
        await WaitForProfileMatchedAsync(profileId);
        var (jobId, org, eventId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var published = new JobListingPublished(eventId, DateTimeOffset.UtcNow, jobId, org, Listing());

        await PublishAsync(published, eventId);
        await PublishAsync(published, eventId);
        await WaitForJobRunsAsync(jobId);
        var updateId = Guid.NewGuid();
        await PublishAsync(new JobListingUpdated(updateId, DateTimeOffset.UtcNow, jobId, org, ["title"], Listing("Elevator Mechanic II")), updateId);
        await WaitForJobRunsAsync(jobId, 2);
        await PutProfileAsync(seeker, ElevatorProfile().With("years_experience", 14));
        await WaitForProfileMatchedAsync(profileId);

        var recommended = (await OutboxAsync("CandidateRecommended", "jobId", jobId)).Where(e => e.GetProperty("candidateId").GetGuid() == profileId).ToList();
        var notices = (await OutboxAsync("NotificationRequested", "recipientUserId", seeker.Sub)).Where(e => e.GetProperty("data").GetProperty("job_id").GetString() == jobId.ToString()).ToList();

        Assert.That(recommended, Has.Count.EqualTo(1));
        Assert.That(notices, Has.Count.EqualTo(1));
        Assert.That(notices[0].GetProperty("channel").GetString(), Is.EqualTo("push"));
        Assert.That(notices[0].GetProperty("deduplicationKey").GetString(), Is.EqualTo($"job_recommended:{profileId}:{jobId}"));
    }

    [Test]
    public async Task Changed_requirements_rematch_the_job()
    {
        var seeker = Seeker();
        var (profileId, jobId, org) = await SeekerAndJobAsync(new TokenRequestArgs(seeker));
        var updateId = Guid.NewGuid();

        await PublishAsync(new JobListingUpdated(updateId, DateTimeOffset.UtcNow, jobId, org, ["required_skills"],
            Listing(required: ["troubleshooting", "welding", "plc"])), updateId);
        await WaitForJobRunsAsync(jobId, 2);

        using var client = Client(seeker);
        var match = await ReadJsonAsync(await client.GetAsync(new Uri($"/api/v1/matches/me/{jobId}", UriKind.Relative)));
        await using var connection = await OpenDatabaseAsync();
        var stored = await connection.QuerySingleAsync<string[]>(
            "select missing_skills from matches where candidate_id = @ProfileId and job_id = @JobId", new { ProfileId = profileId, JobId = jobId });

        Assert.That(match.GetProperty("missing_skills").EnumerateArray().Select(s => s.GetString()), Is.EquivalentTo(new[] { "welding", "plc" }));
        Assert.That(stored, Is.EquivalentTo(new[] { "welding", "plc" }));
    }

    [Test]
    public async Task A_profile_change_rematches_the_profile()
    {
        var seeker = Seeker();
        var (profileId, jobId, _) = await SeekerAndJobAsync(new TokenRequestArgs(seeker));
        await using var connection = await OpenDatabaseAsync();
        var before = await connection.QuerySingleAsync<decimal>("select score from matches where candidate_id = @P and job_id = @J", new { P = profileId, J = jobId });

        await PutProfileAsync(seeker, ElevatorProfile().With("skills", new[] { "Customer service" }).With("certifications", Array.Empty<object>()));
        await WaitForProfileMatchedAsync(profileId);

        var after = await connection.QuerySingleOrDefaultAsync<decimal?>("select score from matches where candidate_id = @P and job_id = @J", new { P = profileId, J = jobId });
        Assert.That(after ?? 0, Is.LessThan(before));
    }

    [Test]
    public async Task A_closed_job_is_no_longer_recommended()
    {
        var seeker = Seeker();
        var (_, jobId, org) = await SeekerAndJobAsync(new TokenRequestArgs(seeker));
        var closeId = Guid.NewGuid();

        await PublishAsync(new JobListingClosed(closeId, DateTimeOffset.UtcNow, jobId, org, "filled", null, Listing()), closeId);

        using var client = Client(seeker);
        Assert.That(await Marketplace.Testing.Wait.UntilAsync(async () =>
        {
            var page = await ReadJsonAsync(await client.GetAsync(new Uri("/api/v1/recommendations?page_size=100", UriKind.Relative)));
            return page.GetProperty("items").EnumerateArray().All(i => i.GetProperty("job_id").GetGuid() != jobId);
        }, TimeSpan.FromSeconds(15)));
    }

    [Test]
    public async Task An_internal_job_of_another_organization_is_404_for_how_do_i_match()
    {
        var seeker = Seeker(Guid.NewGuid());
        var (_, jobId, _) = await SeekerAndJobAsync(new TokenRequestArgs(seeker, Listing(visibility: "internal")));

        using var client = Client(seeker);
        using var response = await client.GetAsync(new Uri($"/api/v1/matches/me/{jobId}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task An_application_is_scored_and_ApplicationScored_published()
    {
        var seeker = Seeker();
        var (_, jobId, org) = await SeekerAndJobAsync(new TokenRequestArgs(seeker));
        var (applicationId, eventId) = (Guid.NewGuid(), Guid.NewGuid());
        var snapshot = new ApplicantSnapshot("Elevator Mechanic", ["troubleshooting"], [new CertificationSnapshot("QEI", null, new DateOnly(2020, 1, 1))],
            10, "Chicago", "IL", "US", "60601", 41.88, -87.63);

        await PublishAsync(new ApplicationSubmitted(eventId, DateTimeOffset.UtcNow, applicationId, jobId, org, seeker.Sub, "elevator_mechanic", "submitted", snapshot), eventId);

        List<JsonElement> scored = [];
        Assert.That(await Marketplace.Testing.Wait.UntilAsync(async () => (scored = await OutboxAsync("ApplicationScored", "applicationId", applicationId)).Count == 1, TimeSpan.FromSeconds(15)));
        Assert.That(scored[0].GetProperty("missingSkills").EnumerateArray().Select(s => s.GetString()), Does.Contain("hydraulic elevators"));
        Assert.That(scored[0].GetProperty("concerns").EnumerateArray().Select(s => s.GetString()), Has.Some.Contains("QEI expired"));

        using var client = Client(seeker);
        var page = await ReadJsonAsync(await client.GetAsync(new Uri("/api/v1/recommendations", UriKind.Relative)));
        Assert.That(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("job_id").GetGuid()), Does.Not.Contain(jobId), "applied jobs are not recommended");
    }

    [Test]
    public async Task A_jobs_matches_are_the_listing_organizations_only_and_show_discoverable_seekers()
    {
        var visible = Seeker();
        var (_, jobId, org) = await SeekerAndJobAsync(new TokenRequestArgs(visible));
        var hidden = Seeker();
        var hiddenProfile = await PutProfileAsync(hidden, ElevatorProfile().With("discoverable", false));
        await WaitForProfileMatchedAsync(hiddenProfile.GetProperty("id").GetGuid());

        using var owner = Client(Employer(org));
        var page = await ReadJsonAsync(await owner.GetAsync(new Uri($"/api/v1/jobs/{jobId}/matches", UriKind.Relative)));
        using var stranger = Client(Employer(Guid.NewGuid()));
        using var other = await stranger.GetAsync(new Uri($"/api/v1/jobs/{jobId}/matches", UriKind.Relative));
        using var patch = await stranger.PatchAsJsonAsync($"/api/v1/jobs/{jobId}/matches/{Guid.NewGuid()}", new { status = "shortlisted" }, Json);

        var candidates = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("candidate_id").GetGuid()).ToList();
        Assert.That(candidates, Does.Not.Contain(hiddenProfile.GetProperty("id").GetGuid()));
        Assert.That(candidates, Is.Not.Empty);
        Assert.That(page.GetRawText(), Does.Not.Contain("email"));
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(patch.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_listing_organization_shortlists_a_match()
    {
        var (profileId, jobId, org) = await SeekerAndJobAsync();

        using var owner = Client(Employer(org));
        using var response = await owner.PatchAsJsonAsync($"/api/v1/jobs/{jobId}/matches/{profileId}", new { status = "shortlisted" }, Json);
        using var bad = await owner.PatchAsJsonAsync($"/api/v1/jobs/{jobId}/matches/{profileId}", new { status = "hired" }, Json);
        var page = await ReadJsonAsync(await owner.GetAsync(new Uri($"/api/v1/jobs/{jobId}/matches?status=shortlisted", UriKind.Relative)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await ProfileTests.AssertNamesFieldAsync(bad, "status");
        Assert.That(page.GetProperty("items")[0].GetProperty("candidate_id").GetGuid(), Is.EqualTo(profileId));
    }

    [Test]
    public async Task Recommendations_without_a_profile_are_404_and_bad_paging_names_the_parameter()
    {
        using var client = Client(Seeker());
        using var none = await client.GetAsync(new Uri("/api/v1/recommendations", UriKind.Relative));
        using var bad = await client.GetAsync(new Uri("/api/v1/recommendations?page=2147483647", UriKind.Relative));

        Assert.That(none.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        await ProfileTests.AssertNamesFieldAsync(bad, "page");
    }

    [Test]
    public async Task An_expired_job_is_no_longer_recommended()
    {
        var seeker = Seeker();
        var (_, jobId, org) = await SeekerAndJobAsync(new TokenRequestArgs(seeker));
        var expiredId = Guid.NewGuid();

        await PublishAsync(new JobListingExpired(expiredId, DateTimeOffset.UtcNow, jobId, org, DateTimeOffset.UtcNow, Listing()), expiredId);

        await using var connection = await OpenDatabaseAsync();
        Assert.That(await Marketplace.Testing.Wait.UntilAsync(async () => await connection.ExecuteScalarAsync<string>(
            "select status from job_requirements where listing_id = @JobId", new { JobId = jobId }) == "expired", TimeSpan.FromSeconds(15)));
        using var client = Client(seeker);
        var page = await ReadJsonAsync(await client.GetAsync(new Uri("/api/v1/recommendations?page_size=100", UriKind.Relative)));
        Assert.That(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("job_id").GetGuid()), Does.Not.Contain(jobId));
    }

    private static readonly Guid ElevatorRole = CanonicalRole.IdOf("47-4021.00");

    private static ExternalJobPostingImported Imported(Guid postingId, Guid? roleId, string title = "Elevator Mechanic") =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, postingId, false, "indeed", postingId.ToString(), $"https://example.com/jobs/{postingId}",
            title, "Acme Lifts", "Service and repair traction and hydraulic elevators.", "Chicago", "IL", "US", 41.8858, -87.6181, false,
            "permanent", 90_000, 120_000, "year", "USD", 90_000, 120_000, 5, ["troubleshooting", "hydraulic elevators"], roleId,
            roleId is null ? null : "Elevator Installers and Repairers", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);

    /// <summary>A seeker whose preferred role links to <paramref name="role"/>, with the elevator skills either way.</summary>
    private async Task<Guid> SeekerOfRoleAsync(string role)
    {
        var profile = await PutProfileAsync(Seeker(), ElevatorProfile().With("current_title", role).With("preferred_roles", new[] { role }));
        var id = profile.GetProperty("id").GetGuid();
        await WaitForProfileMatchedAsync(id);
        return id;
    }

    private async Task<bool> IsMatchedAsync(Guid candidateId, Guid jobId)
    {
        await using var connection = await OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<bool>(
            "select exists (select 1 from matches where candidate_id = @C and job_id = @J)", new { C = candidateId, J = jobId });
    }

    [Test]
    public async Task An_imported_job_is_matched_to_the_candidates_linked_to_its_role_only()
    {
        var linked = await SeekerOfRoleAsync("Elevator Mechanic");
        var other = await SeekerOfRoleAsync("Registered Nurse");
        var posting = Imported(Guid.NewGuid(), ElevatorRole);

        await PublishAsync(posting, posting.EventId);
        await WaitForJobRunsAsync(posting.PostingId);

        Assert.That(await IsMatchedAsync(linked, posting.PostingId), Is.True);
        Assert.That(await IsMatchedAsync(other, posting.PostingId), Is.False);
    }

    [Test]
    public async Task An_imported_posting_without_a_role_gets_the_best_role_of_its_title()
    {
        var linked = await SeekerOfRoleAsync("Elevator Mechanic");
        var posting = Imported(Guid.NewGuid(), roleId: null, title: "Lift Mechanic");

        await PublishAsync(posting, posting.EventId);
        await WaitForJobRunsAsync(posting.PostingId);

        await using var connection = await OpenDatabaseAsync();
        var role = await connection.ExecuteScalarAsync<Guid?>("select role_id from job_requirements where listing_id = @Id", new { Id = posting.PostingId });
        Assert.That(role, Is.EqualTo(ElevatorRole));
        Assert.That(await IsMatchedAsync(linked, posting.PostingId), Is.True);
    }

    [Test]
    public async Task A_redelivered_import_is_handled_once()
    {
        await SeekerOfRoleAsync("Elevator Mechanic");
        var posting = Imported(Guid.NewGuid(), ElevatorRole);

        await PublishAsync(posting, posting.EventId);
        await WaitForJobRunsAsync(posting.PostingId);
        await PublishAsync(posting, posting.EventId);

        // Handled twice, the upsert would reset the job to pending and the worker would match it a second time.
        await using var connection = await OpenDatabaseAsync();
        var rematched = await Marketplace.Testing.Wait.UntilAsync(async () => await connection.ExecuteScalarAsync<int>(
            "select count(*) from matching_runs where job_id = @Id", new { Id = posting.PostingId }) > 1, TimeSpan.FromSeconds(4));
        Assert.That(rematched, Is.False);
    }

    public sealed record TokenRequestArgs(Marketplace.ServiceDefaults.Identity.TokenRequest Caller, JobListingSnapshot? Listing = null);
}
