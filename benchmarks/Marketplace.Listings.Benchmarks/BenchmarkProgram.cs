using Marketplace.ServiceDefaults.ReferenceData;
using System.Diagnostics;
using Dapper;
using Marketplace.Embeddings;
using Marketplace.Listings.Api.Search;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Marketplace.Listings.Benchmarks;

/// <summary>
/// Loads N listings (default 100,000) into a fresh Listings database on the test infrastructure's PostgreSQL and
/// measures hybrid and full-text-only search through the service's own HybridSearch, plus the vector arm's recall.
/// Usage: dotnet run -c Release --project benchmarks/Marketplace.Listings.Benchmarks [-- listings rounds]
/// </summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var infrastructure = await TestInfrastructure.GetAsync();
        try
        {
            var database = await infrastructure.CreateDatabaseAsync("listings_bench");
            // Outside a test run WebApplicationFactory looks for the service beside the solution file; its build output will do.
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MARKETPLACE_LISTINGS_API", AppContext.BaseDirectory);
            // The corpus is embedded with the hashed provider (100,000 texts with MiniLM would take hours here); the
            // service must query in the same space.
            await using var service = new ServiceFactory<Program>(infrastructure, "listingsdb", database,
                new Dictionary<string, string?> { ["Embeddings:Provider"] = "hashed" });
            var services = service.Services; // starts the host: migrations applied
            var dataSource = services.GetRequiredService<NpgsqlDataSource>();
            var search = services.GetRequiredService<HybridSearch>();
            var options = services.GetRequiredService<IOptions<SearchOptions>>().Value;
            var embeddings = services.GetRequiredService<LocalEmbeddingProvider>();

            var corpus = new Corpus(Marketplace.Testing.RepositoryRoot.PostingsSample(), ReferenceFiles.RequireDirectory(), embeddings);
            Console.WriteLine($"corpus: {corpus.Postings.Count} postings, {corpus.TradeTitles.Count} O*NET trade titles, {corpus.Cities.Count} cities");
            var load = Stopwatch.StartNew();
            await using (var connection = await dataSource.OpenConnectionAsync())
            {
                await CopyLoader.LoadAsync(connection, corpus.Generate(count, seed: 42));
                Console.WriteLine($"loaded {await connection.ExecuteScalarAsync<long>("select count(*) from job_listings")} listings and built the HNSW index in {load.Elapsed.TotalSeconds:F0} s");
            }

            var caller = new Caller(Guid.NewGuid(), Guid.NewGuid(), new HashSet<string> { MarketplaceRoles.Technician }, ["net-1"], "region-1", ["elevator"], true);
            var queries = BenchmarkQueries.All().ToList();
            var timings = new Dictionary<bool, List<double>> { [true] = [], [false] = [] };
            for (var round = 0; round <= rounds; round++)
            {
                foreach (var (_, criteria) in queries)
                {
                    foreach (var semantic in new[] { false, true })
                    {
                        var watch = Stopwatch.StartNew();
                        await search.SearchAsync(criteria with { UseSemantic = semantic }, caller, CancellationToken.None);
                        if (round > 0)
                        {
                            timings[semantic].Add(watch.Elapsed.TotalMilliseconds);
                        }
                    }
                }
            }

            var recall = new VectorRecall(dataSource, options);
            var recalls = new List<double>();
            var notFull = new List<string>();
            foreach (var (label, criteria) in queries)
            {
                var (r, full) = await recall.MeasureAsync(criteria, caller, new Pgvector.Vector(embeddings.Embed(criteria.Query!)));
                recalls.Add(r);
                if (!full)
                {
                    notFull.Add(label);
                }
            }

            Report(count, queries.Count, rounds, timings, recalls, notFull);
            return 0;
        }
        finally
        {
            await infrastructure.DisposeAsync();
        }
    }

    private static void Report(int count, int queries, int rounds, Dictionary<bool, List<double>> timings, List<double> recalls, List<string> notFull)
    {
        double P(bool semantic, double p) => Percentiles.Of(timings[semantic], p);
        Console.WriteLine();
        Console.WriteLine($"{count:N0} listings, {queries} query variants ({BenchmarkQueries.Texts.Length} texts × plain/filters/radius), {rounds} measured rounds");
        Console.WriteLine($"full-text only : p50 {P(false, 50),7:F1} ms   p95 {P(false, 95),7:F1} ms   (n={timings[false].Count})");
        Console.WriteLine($"hybrid (RRF)   : p50 {P(true, 50),7:F1} ms   p95 {P(true, 95),7:F1} ms   (n={timings[true].Count})");
        Console.WriteLine($"hybrid p95 / full-text p95 = {P(true, 95) / P(false, 95):F2}   (target ≤ 2.0, and hybrid p95 ≤ 150 ms)");
        Console.WriteLine($"vector arm recall@10 vs exact scan: mean {recalls.Average():F3}, min {recalls.Min():F3}   (target ≥ 0.95)");
        Console.WriteLine($"vector arm full whenever enough listings match: {queries - notFull.Count}/{queries}"
            + (notFull.Count > 0 ? $"   short: {string.Join("; ", notFull)}" : ""));
    }
}
