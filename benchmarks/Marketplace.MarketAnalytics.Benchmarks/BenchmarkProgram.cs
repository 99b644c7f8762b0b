using System.Diagnostics;
using System.Globalization;
using Dapper;
using Marketplace.MarketAnalytics.Api.Data;
using Marketplace.MarketAnalytics.Api.Domain;
using Marketplace.MarketAnalytics.Api.Reference;
using Marketplace.ServiceDefaults.ReferenceData;
using Marketplace.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Marketplace.MarketAnalytics.Benchmarks;

/// <summary>
/// Issue 13's two figures on a fresh analytics database on the test infrastructure's PostgreSQL:
/// (1) aggregating one day of N postings (default 100,000) — target ≤ 10 s; the day is aggregated three times and
/// the rows must be identical each time; (2) GET /api/v1/market/trends over a year (365 daily rows per cell,
/// day/week/month) — target p95 ≤ 50 ms, measured through the service's HTTP pipeline in-process.
/// Usage: dotnet run -c Release --project benchmarks/Marketplace.MarketAnalytics.Benchmarks [-- postings requests]
/// </summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300;
        var infrastructure = await TestInfrastructure.GetAsync();
        try
        {
            var database = await infrastructure.CreateDatabaseAsync("analytics_bench");
            // Outside a test run WebApplicationFactory looks for the service beside the solution file; its build output will do.
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MARKETPLACE_MARKETANALYTICS_API", AppContext.BaseDirectory);
            await using var service = new ServiceFactory<Program>(infrastructure, "analyticsdb", database,
                new Dictionary<string, string?> { ["MarketAnalytics:Aggregation:Enabled"] = "false" });
            var services = service.Services;
            var dataSource = services.GetRequiredService<NpgsqlDataSource>();
            var aggregator = services.GetRequiredService<DailyAggregator>();
            var reference = services.GetRequiredService<MarketReference>();
            var cities = Cities(reference);
            var day = new DateOnly(2026, 3, 2);

            await using (var connection = await dataSource.OpenConnectionAsync())
            {
                var load = Stopwatch.StartNew();
                var (postings, applications, emergency) = await new MarketLoader(reference, cities, seed: 42).LoadDayAsync(connection, day, count);
                await connection.ExecuteAsync("analyze postings, applications, emergency_jobs");
                Console.WriteLine($"loaded {postings:N0} postings, {applications:N0} applications, {emergency:N0} emergency jobs in {cities.Count} cities in {load.Elapsed.TotalSeconds:F1} s");
            }

            if (Environment.GetEnvironmentVariable("MARKET_BENCH_EXPLAIN") == "1")
            {
                await ExplainAsync(dataSource, day);
            }

            var timings = new List<double>();
            var fingerprints = new List<string>();
            AggregatedDay? result = null;
            for (var run = 0; run < 3; run++)
            {
                var watch = Stopwatch.StartNew();
                result = await aggregator.AggregateAsync(day);
                timings.Add(watch.Elapsed.TotalSeconds);
                await using var connection = await dataSource.OpenConnectionAsync();
                fingerprints.Add(await connection.ExecuteScalarAsync<string>(
                    "select md5(string_agg(s::text, '|' order by role_key, location_key)) from market_daily_stats s where day = @Day", new { Day = day }) ?? "");
            }

            Console.WriteLine($"aggregate one day of {count:N0} postings: {string.Join(" / ", timings.Select(t => $"{t:F2} s"))} " +
                $"({result!.StatsRows:N0} cells, {result.SkillRows:N0} skill rows; identical rows each run: {fingerprints.Distinct().Count() == 1}) — target ≤ 10 s");

            // A year of history: every cell of the day repeated over the 364 days before it.
            await using (var connection = await dataSource.OpenConnectionAsync())
            {
                var history = Stopwatch.StartNew();
                var rows = await connection.ExecuteAsync("""
                    insert into market_daily_stats
                    select s.role_key, s.location_key, d::date, s.role_title, s.location_level, s.location_name, s.new_postings, s.active_postings,
                           s.pay_samples, s.salary_min_avg, s.salary_max_avg, s.pay_p25, s.pay_median, s.pay_p75, s.listings_active, s.applications,
                           s.applications_per_posting, s.fills, s.median_days_to_fill, s.emergency_posted, s.emergency_filled, s.emergency_expired,
                           s.emergency_fill_rate, s.emergency_median_minutes_to_fill
                    from market_daily_stats s
                    cross join generate_series(@Day::date - 364, @Day::date - 1, interval '1 day') d
                    where s.day = @Day
                    """, new { Day = day }, commandTimeout: 1800);
                await connection.ExecuteAsync("analyze market_daily_stats");
                Console.WriteLine($"history: {rows:N0} daily rows added for the year before in {history.Elapsed.TotalSeconds:F0} s");
            }

            var cells = new List<(string Role, string Location)>();
            await using (var connection = await dataSource.OpenConnectionAsync())
            {
                cells = (await connection.QueryAsync<(string, string)>("""
                    select role_title, location_name from market_daily_stats where day = @Day and location_level = 'city' and role_key <> '*'
                    order by md5(role_key || location_key) limit 200
                    """, new { Day = day })).ToList();
            }

            using var client = service.CreateClient();
            var from = day.AddDays(-364);
            var trendTimings = new Dictionary<string, List<double>> { ["day"] = [], ["week"] = [], ["month"] = [] };
            for (var i = -20; i < requests; i++)
            {
                var (role, location) = cells[Math.Abs(i) % cells.Count];
                var interval = (Math.Abs(i) % 3) switch { 0 => "day", 1 => "week", _ => "month" };
                var url = $"/api/v1/market/trends?role={Uri.EscapeDataString(role)}&location={Uri.EscapeDataString(location)}" +
                    $"&from={from:yyyy-MM-dd}&to={day:yyyy-MM-dd}&interval={interval}";
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(url);
                var body = await response.Content.ReadAsStringAsync();
                if (i >= 0)
                {
                    trendTimings[interval].Add(watch.Elapsed.TotalMilliseconds);
                }

                if (!response.IsSuccessStatusCode)
                {
                    Console.WriteLine($"{(int)response.StatusCode} {url}: {body}");
                    return 1;
                }
            }

            // The same reads without HTTP: the store's query alone, to tell database time from pipeline time.
            var store = services.GetRequiredService<MarketStatsStore>();
            var storeTimings = new List<double>();
            for (var i = -20; i < requests; i++)
            {
                var (roleTitle, location) = cells[Math.Abs(i) % cells.Count];
                var role = reference.ResolveRole(roleTitle)!.Value.Role;
                var place = reference.Locations.Resolve(location)!;
                var interval = (TrendInterval)(Math.Abs(i) % 3);
                var watch = Stopwatch.StartNew();
                await store.TrendsAsync(role, place, from, day, interval);
                if (i >= 0)
                {
                    storeTimings.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            var all = trendTimings.Values.SelectMany(t => t).ToList();
            Console.WriteLine($"trends for a year, {all.Count} requests over {cells.Count} role × city cells: " +
                $"p50 {Percentile(all, 50):F1} ms, p95 {Percentile(all, 95):F1} ms, max {all.Max():F1} ms — target p95 ≤ 50 ms");
            Console.WriteLine($"  the store's query alone: p50 {Percentile(storeTimings, 50):F1} ms, p95 {Percentile(storeTimings, 95):F1} ms");
            foreach (var (interval, samples) in trendTimings)
            {
                Console.WriteLine($"  interval={interval}: p50 {Percentile(samples, 50):F1} ms, p95 {Percentile(samples, 95):F1} ms");
            }

            return timings.Min() <= 10 && Percentile(all, 95) <= 50 ? 0 : 2;
        }
        finally
        {
            await TestInfrastructure.StopIfStartedAsync();
        }
    }

    /// <summary>The 300 most populous-looking US cities of the reference data (those with the most postal codes).</summary>
    private static List<CanonicalLocation> Cities(MarketReference reference)
    {
        return ReferenceFiles.ReadLines(ReferenceFiles.RequireDirectory(), "geo/geonames_US_postal_codes.txt")
            .Select(line => line.Split('\t'))
            .Where(f => f.Length > 4 && f[4].Length == 2)
            .GroupBy(f => (City: f[2], State: f[4]))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.City, StringComparer.Ordinal)
            .Take(300)
            .Select(g => reference.Locations.FromFields(g.Key.City, g.Key.State, "US"))
            .Where(l => l.Level == LocationLevel.City)
            .ToList();
    }

    /// <summary>The aggregation's plan with timings (MARKET_BENCH_EXPLAIN=1), rolled back.</summary>
    private static async Task ExplainAsync(NpgsqlDataSource dataSource, DateOnly day)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync("set local work_mem = '256MB'; set local jit = off", transaction: transaction);
        var plan = await connection.QueryAsync<string>("explain (analyze, buffers) " + DailyAggregator.Aggregate, new
        {
            Day = day,
            Start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            End = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Min = SmallCell.MinimumSamples,
            DailyAggregator.TopSkills,
        }, transaction, commandTimeout: 600);
        Console.WriteLine(string.Join('\n', plan));
        await transaction.RollbackAsync();
    }

    /// <summary>Nearest-rank percentile.</summary>
    private static double Percentile(IReadOnlyList<double> samples, double percentile)
    {
        var sorted = samples.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
