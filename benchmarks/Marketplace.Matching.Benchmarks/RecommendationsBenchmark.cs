using System.Diagnostics;
using Dapper;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.Testing;
using Npgsql;

namespace Marketplace.Matching.Benchmarks;

/// <summary>
/// GET /api/v1/recommendations latency against a filled match cache: 100,000 active jobs (a fifth internal to
/// other organizations, so visibility filters real rows), 1,000 job seekers with 500 cached matches each (500,000
/// rows), the real service in-process on real PostgreSQL. Rows are generated in SQL (the cache's contents, not the
/// scorer, are what is measured). 300 requests for random seekers after 30 warm-up requests; p50, p95, p99.
/// </summary>
public static class RecommendationsBenchmark
{
    public static async Task RunAsync()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        var database = await infrastructure.CreateDatabaseAsync("matchbench");
        // The service is hosted from the benchmark's output folder, not a test project's content root.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MARKETPLACE_MATCHING_API", AppContext.BaseDirectory);
        await using var service = new ServiceFactory<Program>(infrastructure, "matchingdb", database, new Dictionary<string, string?>
        {
            ["Embeddings:Provider"] = "hashed",
        });
        using (service.CreateClient())
        {
        }

        var watch = Stopwatch.StartNew();
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await connection.ExecuteAsync("""
                insert into job_requirements (listing_id, organization_id, title, job_category, job_type, experience_level, visibility,
                                              city, state_province, status, matching_status, embedding_model)
                select md5('job' || g)::uuid, md5('org' || (g % 500))::uuid, 'Job ' || g, 'hvac_technician', 'permanent', 'mid',
                       case when g % 5 = 0 then 'internal' else 'global' end, 'Chicago', 'IL', 'active', 'completed', 'hashed-ngram-384-v1'
                from generate_series(1, 100000) g;
                insert into candidate_profiles (id, user_id, kind, current_title, needs_match, embedding_model)
                select md5('profile' || g)::uuid, md5('user' || g)::uuid, 'job_seeker', 'HVAC Technician', false, 'hashed-ngram-384-v1'
                from generate_series(1, 1000) g;
                insert into matches (candidate_id, job_id, score, components, reasons, is_recommended)
                select md5('profile' || p)::uuid, md5('job' || (1 + (p * 7919 + m * 104729) % 100000))::uuid,
                       round((40 + random() * 60)::numeric, 1), '{"skills": 80}', '{"Has all 3 required skills"}', false
                from generate_series(1, 1000) p, generate_series(1, 500) m
                on conflict do nothing;
                update matches set is_recommended = score >= 70;
                analyze;
                """, commandTimeout: 600);
        }

        Console.WriteLine($"cache: 100,000 jobs, 1,000 seekers, 500,000 matches, filled in {watch.Elapsed.TotalSeconds:0} s");
        var random = new Random(5);
        var clients = Enumerable.Range(1, 1000).Select(g => service.CreateClient(new TokenRequest(
            UserGuid(g), Guid.NewGuid(), [MarketplaceRoles.Technician], null, null, null, true))).ToArray();
        var times = new List<double>();
        for (var i = 0; i < 330; i++)
        {
            var client = clients[random.Next(clients.Length)];
            var request = Stopwatch.StartNew();
            using var response = await client.GetAsync(new Uri("/api/v1/recommendations?page=1&page_size=20", UriKind.Relative));
            response.EnsureSuccessStatusCode();
            if (i >= 30)
            {
                times.Add(request.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine($"GET /api/v1/recommendations (page_size 20), 300 requests: p50 {times[150]:0.0} ms, p95 {times[284]:0.0} ms, p99 {times[296]:0.0} ms");
        foreach (var client in clients)
        {
            client.Dispose();
        }

    }

    // The same uuid PostgreSQL computes as md5('user' || g)::uuid.
    private static Guid UserGuid(int g)
    {
        var hex = Convert.ToHexString(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes($"user{g}"))).ToLowerInvariant();
        return Guid.Parse(hex);
    }
}
