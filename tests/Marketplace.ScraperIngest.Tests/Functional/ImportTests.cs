using Marketplace.Testing;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Dapper;
using Marketplace.Contracts.ScraperIngest;
using Marketplace.ScraperIngest.Tests.Support;
using Marketplace.ServiceDefaults.Http;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.ScraperIngest.Tests.Functional;

/// <summary>Issue 4's import tests over the 1,000 real LinkedIn postings, posted as JobSpy rows through the API.</summary>
public sealed class ImportTests : ScraperIngestFixture
{
    [Test]
    public async Task First_import_of_1000_real_postings_stores_all_as_new_with_provenance()
    {
        var tag = TestRows.NewTag();
        var (scraper, key) = await NewScraperAsync();
        var claimed = await ClaimAsync(scraper);

        var results = await ReadResultsAsync(await PostJobsAsync(scraper, claimed.SessionId, TestRows.LinkedIn(tag)));

        Assert.Multiple(async () =>
        {
            Assert.That((results.JobsFound, results.JobsImported, results.JobsUpdated, results.JobsSkipped, results.Errors.Count), Is.EqualTo((1000, 1000, 0, 0, 0)));
            Assert.That(results.Role.Id, Is.EqualTo(claimed.RoleId));
            Assert.That(await ScalarAsync<long>("""
                select count(*) from external_postings
                where external_id like '%' || @tag and scraper_key_id = @KeyId and session_id = @SessionId
                  and batch_id = @ImportBatchId and length(payload_hash) = 32
                """, new { tag, KeyId = key.Id, claimed.SessionId, results.ImportBatchId }), Is.EqualTo(1000));
            Assert.That(await ScalarAsync<long>("select count(*) from role_postings where session_id = @SessionId", new { claimed.SessionId }), Is.EqualTo(1000));
            Assert.That(await ScalarAsync<long>("""
                select count(*) from outbox_messages
                where message_type like 'Marketplace.Contracts.ScraperIngest.ExternalJobPostingImported,%'
                  and payload->>'roleId' = @RoleId::text
                """, new { RoleId = claimed.RoleId.ToString() }), Is.EqualTo(1000));
            Assert.That(await ScalarAsync<long>("""
                select count(*) from scrape_sessions where id = @SessionId and status = 'completed' and jobs_imported = 1000
                """, new { claimed.SessionId }), Is.EqualTo(1));
            Assert.That(await ScalarAsync<long>("select total_jobs_scraped from scrape_roles where id = @RoleId", new { claimed.RoleId }), Is.EqualTo(1000));
        });
    }

    [Test]
    public async Task The_same_postings_posted_again_are_all_skipped_and_keep_their_first_seen()
    {
        var tag = TestRows.NewTag();
        var rows = TestRows.LinkedIn(tag, 300);
        var (scraper, _) = await NewScraperAsync();
        await ReadResultsAsync(await PostJobsAsync(scraper, (await ClaimAsync(scraper)).SessionId, rows));
        var firstSeen = await ScalarAsync<DateTime>("select max(first_seen_at) from external_postings where external_id like '%' || @tag", new { tag });
        var outboxBefore = await ScalarAsync<long>("select count(*) from outbox_messages");

        var again = await ReadResultsAsync(await PostJobsAsync(scraper, (await ClaimAsync(scraper)).SessionId, rows));

        Assert.Multiple(async () =>
        {
            Assert.That((again.JobsImported, again.JobsUpdated, again.JobsSkipped), Is.EqualTo((0, 0, 300)));
            Assert.That(await ScalarAsync<DateTime>("select max(first_seen_at) from external_postings where external_id like '%' || @tag", new { tag }), Is.EqualTo(firstSeen));
            Assert.That(await ScalarAsync<long>("select count(*) from external_postings where external_id like '%' || @tag and last_seen_at > first_seen_at", new { tag }), Is.EqualTo(300));
            // Only the second session's ScrapeSessionCompleted: no posting event for an unchanged job.
            Assert.That(await ScalarAsync<long>("select count(*) from outbox_messages") - outboxBefore, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Edited_postings_are_updated_and_counted_as_updated()
    {
        var tag = TestRows.NewTag();
        var rows = TestRows.LinkedIn(tag, 200);
        var (scraper, _) = await NewScraperAsync();
        await ReadResultsAsync(await PostJobsAsync(scraper, (await ClaimAsync(scraper)).SessionId, rows));
        foreach (var row in rows.Take(50))
        {
            row["title"] = row["title"] + " (Senior)";
        }

        var edited = await ReadResultsAsync(await PostJobsAsync(scraper, (await ClaimAsync(scraper)).SessionId, rows));

        Assert.Multiple(async () =>
        {
            Assert.That((edited.JobsImported, edited.JobsUpdated, edited.JobsSkipped), Is.EqualTo((0, 50, 150)));
            Assert.That(await ScalarAsync<long>("select count(*) from external_postings where external_id like '%' || @tag and title like '% (Senior)'", new { tag }), Is.EqualTo(50));
            Assert.That(await ScalarAsync<long>("""
                select count(*) from outbox_messages
                where message_type like '%ExternalJobPostingImported,%' and (payload->>'isUpdate')::boolean and payload->>'externalId' like '%' || @tag
                """, new { tag }), Is.EqualTo(50));
        });
    }

    [Test]
    public async Task A_job_that_another_import_commits_while_this_one_writes_it_is_updated_not_lost_or_stored_twice()
    {
        var tag = TestRows.NewTag();
        var rows = TestRows.LinkedIn(tag, 100);
        var contested = (string)rows[50]["id"]!;
        var (scraper, _) = await NewScraperAsync();
        var session = await ClaimAsync(scraper);

        // Another import holds an uncommitted posting under one of the keys: this import does not see it when it looks
        // for stored keys, so its COPY of the new postings runs into it and waits until the other import commits.
        await using var other = await OpenDatabaseAsync();
        await using var transaction = await other.BeginTransactionAsync();
        var batchId = Guid.NewGuid();
        await other.ExecuteAsync("""
            insert into import_batches (id, source, status, total, new_count, updated_count, skipped_count, failed_count)
            values (@batchId, 'upload', 'completed', 1, 1, 0, 0, 0);
            insert into external_postings (id, dedup_key, platform, external_id, url, title, content_hash, payload_hash, batch_id, first_seen_at, last_seen_at, updated_at)
            values (gen_random_uuid(), 'linkedin:' || @contested, 'linkedin', @contested, 'https://www.linkedin.com/jobs/view/1', 'Placeholder', '\x00', '\x00', @batchId, now(), now(), now());
            """, new { batchId, contested }, transaction);
        var posting = PostJobsAsync(scraper, session.SessionId, rows);
        var blocked = await Wait.UntilAsync(
            async () => await ScalarAsync<long>("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like 'copy external_postings%'") > 0,
            TimeSpan.FromSeconds(30));
        await transaction.CommitAsync();
        var results = await ReadResultsAsync(await posting);

        Assert.Multiple(async () =>
        {
            Assert.That(blocked, Is.True, "the import's COPY never waited on the other import's posting");
            Assert.That((results.JobsImported, results.JobsUpdated, results.JobsSkipped, results.Errors.Count), Is.EqualTo((99, 1, 0, 0)));
            Assert.That(await ScalarAsync<long>("select count(*) from external_postings where external_id like '%' || @tag", new { tag }), Is.EqualTo(100));
            Assert.That(await ScalarAsync<string>("select title from external_postings where dedup_key = 'linkedin:' || @contested", new { contested }), Is.EqualTo(rows[50]["title"]));
            Assert.That(await ScalarAsync<long>("select count(*) from role_postings where session_id = @SessionId", new { session.SessionId }), Is.EqualTo(100));
            Assert.That(await ScalarAsync<long>("""
                select count(*) from outbox_messages
                where message_type like '%ExternalJobPostingImported,%' and payload->>'externalId' like '%' || @tag
                """, new { tag }), Is.EqualTo(100));
        });
    }

    [Test]
    public async Task Rows_with_bad_salary_missing_title_or_broken_url_are_reported_per_row_while_the_rest_import()
    {
        var tag = TestRows.NewTag();
        var rows = TestRows.LinkedIn(tag, 20);
        rows[3]["min_amount"] = null;
        rows[3]["max_amount"] = null;
        rows[3]["salary"] = "competitive pay, DOE";
        rows[7]["title"] = "NaN";
        rows[11]["job_url"] = "htp:/broken";
        var (scraper, _) = await NewScraperAsync();

        var results = await ReadResultsAsync(await PostJobsAsync(scraper, (await ClaimAsync(scraper)).SessionId, rows));

        Assert.Multiple(async () =>
        {
            Assert.That(results.Errors.Select(e => e.Index), Is.EqualTo(new[] { 3, 7, 11 }));
            Assert.That(results.Errors[0].Reason, Does.Contain("salary"));
            Assert.That(results.Errors[1].Reason, Does.Contain("title"));
            Assert.That(results.Errors[2].Reason, Does.Contain("job_url"));
            Assert.That(results.JobsImported, Is.EqualTo(17));
            Assert.That(await ScalarAsync<long>("select count(*) from external_postings where external_id like '%' || @tag", new { tag }), Is.EqualTo(17));
            Assert.That(await ScalarAsync<string>("select errors::text from import_batches where id = @ImportBatchId", new { results.ImportBatchId }), Does.Contain("job_url"));
        });
    }

    [Test]
    public async Task A_request_with_no_usable_row_is_400_and_leaves_the_session_open()
    {
        var (scraper, _) = await NewScraperAsync();
        var claimed = await ClaimAsync(scraper);

        var response = await PostJobsAsync(scraper, claimed.SessionId, [new { title = "No URL" }, new { job_url = "https://example.com/1" }]);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(body, Does.Contain("jobs[0]").And.Contain("jobs[1]"));
        Assert.That(await ScalarAsync<string>("select status from scrape_sessions where id = @SessionId", new { claimed.SessionId }), Is.EqualTo("processing"));
    }

    [TestCase("""{"jobs": []}""", "session_id")]
    [TestCase("""{"session_id": "00000000-0000-0000-0000-000000000001"}""", "jobs")]
    [TestCase("""{"session_id": 12, "jobs": [""", "body")]
    public async Task Malformed_bodies_are_400_naming_the_field(string json, string field)
    {
        var (scraper, _) = await NewScraperAsync();
        var response = await scraper.PostAsync("/api/v1/scraper/queue/jobs", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain($"\"{field}\""));
    }

    [Test]
    public async Task No_email_address_survives_into_storage()
    {
        var tag = TestRows.NewTag();
        var rows = TestRows.LinkedIn(tag);
        Assert.That(rows.Count(r => r["emails"] is string e && e != "NaN"), Is.GreaterThan(10), "the sample should carry e-mail addresses to remove");
        var (scraper, _) = await NewScraperAsync();

        await ReadResultsAsync(await PostJobsAsync(scraper, (await ClaimAsync(scraper)).SessionId, rows));

        const string email = @"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}";
        Assert.Multiple(async () =>
        {
            Assert.That(await ScalarAsync<long>("select count(*) from external_postings where description like '%[email removed]%' and external_id like '%' || @tag", new { tag }), Is.GreaterThan(10));
            Assert.That(await ScalarAsync<long>("""
                select count(*) from external_postings
                where external_id like '%' || @tag and concat_ws(' ', title, company, description, location_text, url, url_direct, company_url) ~ @email
                """, new { tag, email }), Is.Zero);
            Assert.That(await ScalarAsync<long>("select count(*) from outbox_messages where payload::text ~ @email", new { email }), Is.Zero);
        });
    }

    [TestCase("multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc")]
    [TestCase("multipart/form-data; boundary=cut", "--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nid,ti")]
    public async Task Multipart_upload_without_boundary_or_truncated_is_400_naming_the_body(string contentType, string body)
    {
        using var admin = AdminClient();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        var response = await admin.PostAsync("/api/v1/scraper/imports", content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"body\""));
    }

    [Test]
    public async Task Contacts_in_title_company_and_location_are_scrubbed_too()
    {
        var tag = TestRows.NewTag();
        var (scraper, _) = await NewScraperAsync();
        var row = new Dictionary<string, object?>
        {
            ["id"] = "contact-" + tag,
            ["site"] = "indeed",
            ["job_url"] = $"https://example.com/jobs/{tag}",
            ["title"] = "HVAC Tech — text 312-555-0199",
            ["company"] = "CoolAir (jobs@coolair.example.com)",
            ["location"] = "Austin, TX — call +1 512 555 0143",
            ["description"] = "Maintain chillers.",
        };
        await ReadResultsAsync(await PostJobsAsync(scraper, (await ClaimAsync(scraper)).SessionId, [row]));

        var stored = await ScalarAsync<string>(
            "select concat_ws(' | ', title, company, location_text) from external_postings where external_id = @id", new { id = "contact-" + tag });
        Assert.That(stored, Does.Not.Contain("555").And.Not.Contain("@"));
        Assert.That(stored, Does.Contain("[phone removed]").And.Contain("[email removed]"));
    }

    [Test]
    public async Task Camel_case_rows_with_bare_NaN_are_parsed_into_salary_location_experience_and_skills()
    {
        var tag = TestRows.NewTag();
        var (scraper, _) = await NewScraperAsync();
        var claimed = await ClaimAsync(scraper);
        var json = $$"""
            {"session_id": "{{claimed.SessionId}}", "jobs": [{
              "id": "in-{{tag}}", "site": "indeed", "jobUrl": "https://www.indeed.com/viewjob?jk={{tag}}", "jobUrlDirect": NaN,
              "title": "HVAC Service Technician", "company": "Cool Air LLC", "location": "Austin, TX, US", "datePosted": "2024-04-17",
              "jobType": "fulltime", "interval": NaN, "minAmount": NaN, "maxAmount": NaN, "salary": "$42-50/hr", "currency": "USD",
              "isRemote": false, "emails": ["boss@coolair.example.com"], "experienceRange": "5+ years",
              "description": "Maintain chillers and BACnet controls. Call 512-555-0143 or email boss@coolair.example.com."
            }]}
            """;

        var results = await ReadResultsAsync(await scraper.PostAsync("/api/v1/scraper/queue/jobs", new StringContent(json, Encoding.UTF8, "application/json")));

        Assert.That(results.JobsImported, Is.EqualTo(1), string.Join("; ", results.Errors));
        await using var db = await OpenDatabaseAsync();
        var stored = await db.QuerySingleAsync<StoredPosting>("select * from external_postings where external_id = @Id", new { Id = $"in-{tag}" });
        Assert.Multiple(() =>
        {
            Assert.That((stored.SalaryMin, stored.SalaryMax, stored.SalaryInterval, stored.AnnualSalaryMin), Is.EqualTo((42m, 50m, "hourly", 87_360m)));
            Assert.That((stored.City, stored.StateProvince, stored.Country, stored.IsRemote), Is.EqualTo(("Austin", "TX", "US", false)));
            Assert.That(stored.Latitude, Is.Not.Null);
            Assert.That(stored.ExperienceYearsMin, Is.EqualTo(5));
            Assert.That(stored.Skills, Is.SupersetOf(new[] { "HVAC", "BACnet", "Chillers" }));
            Assert.That(stored.Description, Does.Not.Contain("512-555-0143").And.Not.Contain("boss@"));
            Assert.That(stored.Platform, Is.EqualTo("indeed"));
        });
    }

    [Test]
    public async Task Platform_with_unstable_ids_deduplicates_on_the_normalized_url()
    {
        var tag = TestRows.NewTag();
        var (scraper, _) = await NewScraperAsync();
        object Google(string id, string url) => new { id, site = "google", job_url = url, title = "Plumber", description = "Fix pipes" };

        var results = await ReadResultsAsync(await PostJobsAsync(scraper, (await ClaimAsync(scraper)).SessionId,
        [
            Google($"go-1-{tag}", $"https://www.example-jobs.com/plumber/{tag}/?utm_source=google"),
            Google($"go-2-{tag}", $"https://example-jobs.com/plumber/{tag}"),
        ]));

        Assert.That((results.JobsImported, results.JobsSkipped), Is.EqualTo((1, 1)));
    }

    [Test]
    public async Task Imported_postings_are_published_as_ExternalJobPostingImported()
    {
        var tag = TestRows.NewTag();
        var received = new ConcurrentBag<ExternalJobPostingImported>();
        var bus = Factory.Services.GetRequiredService<IBus>();
        var endpoint = bus.ConnectReceiveEndpoint($"ingest-tests-{tag}", e => e.Handler<ExternalJobPostingImported>(context =>
        {
            received.Add(context.Message);
            return Task.CompletedTask;
        }));
        await endpoint.Ready;
        try
        {
            var (scraper, _) = await NewScraperAsync();
            var claimed = await ClaimAsync(scraper);
            await ReadResultsAsync(await PostJobsAsync(scraper, claimed.SessionId, Enumerable.Range(0, 3).Select(n => (object)TestRows.Minimal(tag, n))));

            Assert.That(await Wait.UntilAsync(() => Task.FromResult(received.Count(m => m.ExternalId!.Contains(tag, StringComparison.Ordinal)) == 3), TimeSpan.FromSeconds(20)),
                "the three events were not published");
            var message = received.First(m => m.ExternalId == $"t-{tag}-0");
            Assert.Multiple(() =>
            {
                Assert.That(message.IsUpdate, Is.False);
                Assert.That((message.Title, message.Platform, message.City, message.RoleId), Is.EqualTo(("Elevator Mechanic", "indeed", "Austin", (Guid?)claimed.RoleId)));
                Assert.That(message.AnnualSalaryMax, Is.EqualTo(104_000m));
                Assert.That(message.Latitude, Is.Not.Null);
                Assert.That(message.Description, Does.Not.Contain("hiring@"));
            });
        }
        finally
        {
            await endpoint.StopAsync();
        }
    }

    [Test]
    public async Task Admin_can_upload_a_csv_file_as_an_import_batch()
    {
        var tag = TestRows.NewTag();
        var csv = new StringBuilder("id,site,job_url,title,company,location,min_amount,max_amount,interval,description\n");
        csv.Append(CultureInvariant($"a-{tag},indeed,https://www.indeed.com/viewjob?jk=a{tag},Electrician,Spark Co,\"Dallas, TX\",30,40,hourly,\"Wire it,\nthen test it\"\n"));
        csv.Append(CultureInvariant($"b-{tag},indeed,not-a-url,Plumber,Pipe Co,\"Dallas, TX\",NaN,NaN,NaN,x\n"));
        using var admin = AdminClient();

        var response = await admin.PostAsync("/api/v1/scraper/imports", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var report = (await response.Content.ReadFromJsonAsync<Marketplace.ScraperIngest.Api.Import.ImportReport>(HttpConventions.JsonOptions))!;
        Assert.Multiple(async () =>
        {
            Assert.That((report.Total, report.New, report.Failed, report.Status), Is.EqualTo((2, 1, 1, "completed_with_errors")));
            Assert.That(report.Errors.Single().Index, Is.EqualTo(1));
            Assert.That(await ScalarAsync<string>("select description from external_postings where external_id = @Id", new { Id = $"a-{tag}" }), Is.EqualTo("Wire it,\nthen test it"));
            var fetched = await admin.GetFromJsonAsync<Marketplace.ScraperIngest.Api.Import.ImportReport>($"/api/v1/scraper/imports/{report.BatchId}", HttpConventions.JsonOptions);
            Assert.That(fetched!.Failed, Is.EqualTo(1));
        });
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
