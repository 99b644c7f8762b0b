using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.ScraperIngest.Api.Import;
using Marketplace.ScraperIngest.Api.Keys;
using Marketplace.ScraperIngest.Api.Queue;
using Marketplace.ScraperIngest.Tests.Support;
using Marketplace.ServiceDefaults.Http;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.ScraperIngest.Benchmarks;

/// <summary>
/// Issue 4's performance check: 10,000 postings in one POST /queue/jobs (the whole API path: JSON, parsing, dedup,
/// one transaction with the upsert, role links and outbox rows) next to a binary COPY of the same parsed rows into
/// the same indexed table, in one run. Targets: >= 2,000 postings/s and >= 0.25x the COPY rate.
/// Run: dotnet run -c Release --project benchmarks/Marketplace.ScraperIngest.Benchmarks [rows]
/// </summary>
internal static class IngestBenchmark
{
    public static async Task Main(string[] args)
    {
        const int Rows = 10_000;
        var copies = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : Rows;

        // WebApplicationFactory finds a test project's service through an attribute only test projects get.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MARKETPLACE_SCRAPERINGEST_API", ServiceDirectory());
        var infrastructure = await TestInfrastructure.GetAsync();
        try
        {
            var database = await infrastructure.CreateDatabaseAsync("ingest_bench");
            await using var factory = new ServiceFactory<global::Program>(infrastructure, "ingestdb", database,
                new Dictionary<string, string?> { ["ReferenceData:Path"] = SharedData.Directory, ["Logging:LogLevel:Default"] = "Warning" });
            var admin = new TokenRequest(Guid.NewGuid(), Guid.NewGuid(), [MarketplaceRoles.ScraperAdmin]);
            using var adminClient = factory.CreateClient(admin);
            var key = (await (await adminClient.PostAsJsonAsync("/api/v1/scraper/keys", new { name = "benchmark" })).Content.ReadFromJsonAsync<CreatedKey>(HttpConventions.JsonOptions))!;
            using var scraper = factory.CreateClient();
            scraper.Timeout = TimeSpan.FromMinutes(10);
            scraper.DefaultRequestHeaders.Add("X-Api-Key", key.Key);

            var linkedIn = LinkedInJobSpyRows.Load(SharedData.Directory);
            var rows = Enumerable.Range(0, copies)
                .Select(i => new Dictionary<string, object?>(linkedIn[i % linkedIn.Count]) { ["id"] = $"{linkedIn[i % linkedIn.Count]["id"]}-{i / linkedIn.Count}" })
                .ToList();
            var body = JsonSerializer.SerializeToUtf8Bytes(new { session_id = Guid.Empty, jobs = rows });
            Console.WriteLine($"{copies:N0} JobSpy rows from the {linkedIn.Count:N0} LinkedIn postings, {body.Length / 1024.0 / 1024.0:F1} MB of JSON");

            // Warm-up: loads the geocoder and the skill vocabulary, JITs the path, so the timed run measures steady state.
            await PostAsync(scraper, linkedIn.Take(50).Select((r, i) => new Dictionary<string, object?>(r) { ["id"] = $"warm-{i}" }).ToList());

            var api = await PostAsync(scraper, rows);
            var apiRate = copies / api.Elapsed.TotalSeconds;
            Console.WriteLine($"API  POST /queue/jobs (new):       {api.Elapsed.TotalSeconds,7:F2} s  {apiRate,8:N0} postings/s  " +
                              $"(imported {api.Results.JobsImported:N0}, skipped {api.Results.JobsSkipped:N0}, errors {api.Results.Errors.Count})");

            var again = await PostAsync(scraper, rows);
            Console.WriteLine($"API  POST /queue/jobs (unchanged): {again.Elapsed.TotalSeconds,7:F2} s  {copies / again.Elapsed.TotalSeconds,8:N0} postings/s  " +
                              $"(imported {again.Results.JobsImported:N0}, skipped {again.Results.JobsSkipped:N0})");

            var parser = factory.Services.GetRequiredService<BatchParser>();
            using var document = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(rows));
            var parseWatch = Stopwatch.StartNew();
            var parsed = parser.Parse(document.RootElement.EnumerateArray().ToList());
            Console.WriteLine($"     of which parsing alone:       {parseWatch.Elapsed.TotalSeconds,7:F2} s  {copies / parseWatch.Elapsed.TotalSeconds,8:N0} rows/s");

            var copy = await CopyBaseline.RunAsync(factory.DatabaseConnectionString, parsed.Postings);
            var copyRate = parsed.Postings.Count / copy.TotalSeconds;
            Console.WriteLine($"COPY binary into external_postings: {copy.TotalSeconds,7:F2} s  {copyRate,8:N0} postings/s");
            Console.WriteLine($"API / COPY = {apiRate / copyRate:F2}x   (targets: >= 2,000 postings/s: {(apiRate >= 2000 ? "met" : "NOT met")}; >= 0.25x COPY: {(apiRate / copyRate >= 0.25 ? "met" : "NOT met")})");

            async Task<(TimeSpan Elapsed, SessionResults Results)> PostAsync(HttpClient client, List<Dictionary<string, object?>> jobs)
            {
                var claimed = (await (await client.GetAsync("/api/v1/scraper/queue/next-role")).Content.ReadFromJsonAsync<ClaimedRole>(HttpConventions.JsonOptions))!;
                var payload = JsonSerializer.SerializeToUtf8Bytes(new { session_id = claimed.SessionId, jobs });
                using var content = new ByteArrayContent(payload);
                content.Headers.ContentType = new("application/json");
                var watch = Stopwatch.StartNew();
                var response = await client.PostAsync("/api/v1/scraper/queue/jobs", content);
                var results = await response.Content.ReadFromJsonAsync<SessionResults>(HttpConventions.JsonOptions);
                watch.Stop();
                response.EnsureSuccessStatusCode();
                return (watch.Elapsed, results!);
            }
        }
        finally
        {
            await infrastructure.DisposeAsync();
        }
    }

    private static string ServiceDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Marketplace.sln")))
            {
                return Path.Combine(dir.FullName, "services", "ScraperIngest", "Marketplace.ScraperIngest.Api");
            }
        }

        throw new DirectoryNotFoundException("Run the benchmark from inside the repository.");
    }
}
