using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Marketplace.ScraperIngest.Api.Import;
using Marketplace.ScraperIngest.Api.Keys;
using Marketplace.ScraperIngest.Api.Queue;
using Marketplace.ScraperIngest.Tests.Support;
using Marketplace.ServiceDefaults.Http;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

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
        const int Runs = 5;
        const int WarmUps = 5;
        var copies = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : Rows;

        // WebApplicationFactory finds a test project's service through an attribute only test projects get.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MARKETPLACE_SCRAPERINGEST_API", ServiceDirectory());
        var infrastructure = await TestInfrastructure.GetAsync();
        try
        {
            var database = await infrastructure.CreateDatabaseAsync("ingest_bench");
            await using var factory = new ServiceFactory<global::Program>(infrastructure, "ingestdb", database,
                new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });
            var admin = new TokenRequest(Guid.NewGuid(), Guid.NewGuid(), [MarketplaceRoles.ScraperAdmin]);
            using var adminClient = factory.CreateClient(admin);
            var key = (await (await adminClient.PostAsJsonAsync("/api/v1/scraper/keys", new { name = "benchmark" })).Content.ReadFromJsonAsync<CreatedKey>(HttpConventions.JsonOptions))!;
            using var scraper = factory.CreateClient();
            scraper.Timeout = TimeSpan.FromMinutes(10);
            scraper.DefaultRequestHeaders.Add("X-Api-Key", key.Key);

            var linkedIn = LinkedInJobSpyRows.Load(Marketplace.Testing.RepositoryRoot.PostingsSample());
            List<Dictionary<string, object?>> RowsOf(string run, int count) => Enumerable.Range(0, count)
                .Select(i => new Dictionary<string, object?>(linkedIn[i % linkedIn.Count]) { ["id"] = $"{linkedIn[i % linkedIn.Count]["id"]}-{run}-{i / linkedIn.Count}" })
                .ToList();
            Console.WriteLine($"{copies:N0} JobSpy rows per request from the {linkedIn.Count:N0} LinkedIn postings, " +
                              $"{JsonSerializer.SerializeToUtf8Bytes(RowsOf("size", copies)).Length / 1024.0 / 1024.0:F1} MB of JSON; median of {Runs} runs");

            // Warm-up: full-size requests, new then unchanged, load the geocoder and the skill vocabulary, grow the GC heap
            // and let the JIT's tiering and dynamic PGO settle, so the timed runs measure the long-running service's steady
            // state. The first requests after start are slower; they are printed, not counted.
            var warmUps = new List<TimeSpan>();
            for (var round = 0; round < WarmUps; round++)
            {
                var warm = RowsOf($"warm{round}", copies);
                warmUps.Add((await PostAsync(scraper, warm)).Elapsed);
                await PostAsync(scraper, warm);
            }

            Console.WriteLine($"warm-up, new rows (not counted):   {Each(warmUps)} s");

            var fresh = new List<TimeSpan>();
            var unchanged = new List<TimeSpan>();
            for (var run = 0; run < Runs; run++)
            {
                var rows = RowsOf($"run{run}", copies);
                var api = await PostAsync(scraper, rows);
                Check(api.Results.JobsImported == copies, $"run {run}: {api.Results.JobsImported} of {copies} imported as new");
                fresh.Add(api.Elapsed);
                var again = await PostAsync(scraper, rows);
                Check(again.Results.JobsSkipped == copies, $"run {run}: {again.Results.JobsSkipped} of {copies} skipped as unchanged");
                unchanged.Add(again.Elapsed);
            }

            var apiRate = copies / Median(fresh);
            Console.WriteLine($"API  POST /queue/jobs (new):        {Median(fresh),6:F2} s  {apiRate,8:N0} postings/s   runs: {Each(fresh)}");
            Console.WriteLine($"API  POST /queue/jobs (unchanged):  {Median(unchanged),6:F2} s  {copies / Median(unchanged),8:N0} postings/s   runs: {Each(unchanged)}");

            var parser = factory.Services.GetRequiredService<BatchParser>();
            using var document = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(RowsOf("copy", copies)));
            var parseWatch = Stopwatch.StartNew();
            var batch = parser.Parse(document.RootElement.EnumerateArray().ToList());
            var postings = new List<ParsedPosting>();
            await foreach (var chunk in parser.CompleteInChunksAsync(batch, copies))
            {
                postings.AddRange(chunk);
            }

            Console.WriteLine($"     parsing alone (not in the COPY): {parseWatch.Elapsed.TotalSeconds,6:F2} s  {copies / parseWatch.Elapsed.TotalSeconds,8:N0} rows/s");

            var copy = new List<TimeSpan>();
            for (var run = 0; run < Runs; run++)
            {
                await QuiesceAsync(factory.DatabaseConnectionString);
                copy.Add(await CopyBaseline.RunAsync(factory.DatabaseConnectionString, postings, $"copy{run}"));
            }

            var copyRate = postings.Count / Median(copy);
            Console.WriteLine($"COPY binary into external_postings: {Median(copy),6:F2} s  {copyRate,8:N0} postings/s   runs: {Each(copy)}");
            Console.WriteLine($"API / COPY = {apiRate / copyRate:F2}x   (targets: >= 2,000 postings/s: {(apiRate >= 2000 ? "met" : "NOT met")}; >= 0.25x COPY: {(apiRate / copyRate >= 0.25 ? "met" : "NOT met")})");

            async Task<(TimeSpan Elapsed, SessionResults Results)> PostAsync(HttpClient client, List<Dictionary<string, object?>> jobs)
            {
                await QuiesceAsync(factory.DatabaseConnectionString);
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

    private static double Median(List<TimeSpan> times) => times.Select(t => t.TotalSeconds).Order().ElementAt(times.Count / 2);

    private static string Each(List<TimeSpan> times) => string.Join(" ", times.Select(t => t.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)));

    private static void Check(bool condition, string failure)
    {
        if (!condition)
        {
            throw new InvalidOperationException("The benchmark's import did not do what it measures: " + failure);
        }
    }

    /// <summary>
    /// The same starting point for every timed run: the relay has published the previous run's events (it would share
    /// the two cores), and their dead rows are vacuumed and flushed now rather than by autovacuum or a checkpoint
    /// in the middle of the next run.
    /// </summary>
    private static async Task QuiesceAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        while (await connection.ExecuteScalarAsync<long>("select count(*) from outbox_messages where published_at is null") > 0)
        {
            await Task.Delay(100);
        }

        await connection.ExecuteAsync("vacuum analyze");
        await connection.ExecuteAsync("checkpoint", commandType: System.Data.CommandType.Text);
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
