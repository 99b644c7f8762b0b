using Marketplace.Testing;
using System.Net;
using System.Net.Http.Json;
using Dapper;
using Marketplace.Contracts.Matching;
using Marketplace.ScraperIngest.Api.Roles;
using Marketplace.ScraperIngest.Tests.Support;
using Marketplace.ServiceDefaults.Http;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.ScraperIngest.Tests.Functional;

public sealed class ScrapeQueueTests : ScraperIngestFixture
{
    [Test]
    public async Task Roles_are_seeded_from_onet_with_trades_first()
    {
        var (scraper, _) = await NewScraperAsync();
        var claimed = await ClaimAsync(scraper);
        Assert.Multiple(async () =>
        {
            Assert.That(await ScalarAsync<long>("select count(*) from scrape_roles where soc_code is not null"), Is.GreaterThan(1000));
            Assert.That(await ScalarAsync<long>("select count(*) from scrape_roles where name = 'Elevator and Escalator Installers and Repairers' and priority = 'high'"), Is.EqualTo(1));
            Assert.That(claimed.Priority, Is.AnyOf("urgent", "high"));
        });
    }

    [Test]
    public async Task Next_role_claims_the_most_urgent_role_and_opens_a_session()
    {
        var name = "Urgent Role " + TestRows.NewTag();
        using var admin = AdminClient();
        var created = await admin.PostAsJsonAsync("/api/v1/scraper/roles", new { name, aliases = new[] { "Lift Tech" }, priority = "urgent" }, HttpConventions.JsonOptions);
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var (scraper, key) = await NewScraperAsync();

        var claimed = await ClaimAsync(scraper);

        Assert.Multiple(async () =>
        {
            Assert.That(claimed.Name, Is.EqualTo(name));
            Assert.That(claimed.Aliases, Is.EqualTo(new[] { "Lift Tech" }));
            Assert.That(await ScalarAsync<string>("select queue_status from scrape_roles where id = @RoleId", new { claimed.RoleId }), Is.EqualTo("processing"));
            Assert.That(await ScalarAsync<Guid>("select scraper_key_id from scrape_sessions where id = @SessionId and status = 'processing'", new { claimed.SessionId }), Is.EqualTo(key.Id));
        });
    }

    [Test]
    public async Task Concurrent_next_role_calls_never_share_a_role()
    {
        var scrapers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => NewScraperAsync()));
        var claims = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => ClaimAsync(scrapers[i % scrapers.Length].Client)));

        Assert.That(claims.Select(c => c.RoleId).Distinct().Count(), Is.EqualTo(claims.Length));
        Assert.That(claims.Select(c => c.SessionId).Distinct().Count(), Is.EqualTo(claims.Length));
    }

    [Test]
    public async Task Failed_session_returns_its_role_to_pending()
    {
        var (scraper, _) = await NewScraperAsync();
        var claimed = await ClaimAsync(scraper);

        var response = await scraper.PostAsJsonAsync($"/api/v1/scraper/queue/sessions/{claimed.SessionId}/fail", new { error_message = "LinkedIn rate limited us" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await using var db = await OpenDatabaseAsync();
        var state = await db.QuerySingleAsync<(string Role, string Session, string Error)>("""
            select r.queue_status, s.status, s.error_message from scrape_sessions s join scrape_roles r on r.id = s.role_id where s.id = @SessionId
            """, new { claimed.SessionId });
        Assert.That(state, Is.EqualTo(("pending", "failed", "LinkedIn rate limited us")));
    }

    [Test]
    public async Task Another_scrapers_session_is_not_found()
    {
        var (owner, _) = await NewScraperAsync();
        var (other, _) = await NewScraperAsync();
        var claimed = await ClaimAsync(owner);

        var response = await PostJobsAsync(other, claimed.SessionId, [TestRows.Minimal(TestRows.NewTag(), 1)]);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Completed_session_cannot_be_posted_to_again()
    {
        var (scraper, _) = await NewScraperAsync();
        var claimed = await ClaimAsync(scraper);
        await ReadResultsAsync(await PostJobsAsync(scraper, claimed.SessionId, []));

        var again = await PostJobsAsync(scraper, claimed.SessionId, []);

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await ScalarAsync<string>("select queue_status from scrape_roles where id = @RoleId", new { claimed.RoleId }), Is.EqualTo("completed"));
    }

    [Test]
    public async Task Duplicate_role_name_is_409_and_bad_priority_is_400()
    {
        using var admin = AdminClient();
        var duplicate = await admin.PostAsJsonAsync("/api/v1/scraper/roles", new { name = "electricians" });
        var badPriority = await admin.PostAsJsonAsync("/api/v1/scraper/roles", new { name = "Role " + TestRows.NewTag(), priority = "asap" });
        Assert.Multiple(async () =>
        {
            Assert.That(duplicate.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(badPriority.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await badPriority.Content.ReadAsStringAsync(), Does.Contain("\"priority\""));
        });
    }

    [Test]
    public async Task Aliases_are_added_to_a_role_once()
    {
        using var admin = AdminClient();
        var created = await admin.PostAsJsonAsync("/api/v1/scraper/roles", new { name = "Role " + TestRows.NewTag(), aliases = new[] { "A" } }, HttpConventions.JsonOptions);
        var role = (await created.Content.ReadFromJsonAsync<ScrapeRole>(HttpConventions.JsonOptions))!;

        var response = await admin.PostAsJsonAsync($"/api/v1/scraper/roles/{role.Id}/aliases", new { aliases = new[] { "a", "B" } });

        var updated = (await response.Content.ReadFromJsonAsync<ScrapeRole>(HttpConventions.JsonOptions))!;
        Assert.That(updated.Aliases, Is.EqualTo(new[] { "A", "B" }));
    }

    [Test]
    public async Task Candidate_count_from_matching_sets_the_roles_demand_and_an_older_event_does_not_undo_it()
    {
        var name = "HVAC Controls Technician " + TestRows.NewTag();
        var bus = Factory.Services.GetRequiredService<IBus>();
        var now = DateTimeOffset.UtcNow;

        await bus.Publish(new CandidateRoleLinked(Guid.NewGuid(), now, Guid.NewGuid(), Guid.NewGuid(), name, ["BAS Tech"], 500));
        Assert.That(await Wait.UntilAsync(
            async () => await ScalarAsync<long>("select count(*) from scrape_roles where name = @name and candidate_count = 500", new { name }) == 1,
            TimeSpan.FromSeconds(20)), "the role's candidate count never became 500");

        await bus.Publish(new CandidateRoleLinked(Guid.NewGuid(), now.AddMinutes(-5), Guid.NewGuid(), Guid.NewGuid(), name, [], 3));
        await bus.Publish(new CandidateRoleLinked(Guid.NewGuid(), now.AddMinutes(1), Guid.NewGuid(), Guid.NewGuid(), name, [], 501));
        Assert.That(await Wait.UntilAsync(
            async () => await ScalarAsync<long>("select count(*) from inbox_messages") >= 3,
            TimeSpan.FromSeconds(20)), "the events were not all consumed");
        Assert.That(await ScalarAsync<int>("select candidate_count from scrape_roles where name = @name", new { name }), Is.EqualTo(501));
    }
}
