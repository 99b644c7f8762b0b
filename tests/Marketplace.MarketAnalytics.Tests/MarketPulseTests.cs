using System.Net;
using System.Text.Json;
using static Marketplace.MarketAnalytics.Tests.MarketEvents;

namespace Marketplace.MarketAnalytics.Tests;

/// <summary>
/// The market pulse against real PostgreSQL and RabbitMQ: events in, a day rebuilt, figures out. Each test uses its
/// own role, city and days, so no test sees another's postings.
/// </summary>
[NonParallelizable]
public sealed class MarketPulseTests
{
    private MarketService market = null!;

    [OneTimeSetUp]
    public async Task Start() => market = await MarketService.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await market.DisposeAsync();

    [Test]
    public async Task A_known_day_aggregates_to_figures_computed_by_hand()
    {
        var day = new DateOnly(2026, 4, 6);
        var at = At(day);
        // Five plumbing listings published that day (hourly → × 2,080) and one scraped posting first seen the day before.
        var l1 = Listing("plumber", "Austin", "TX", at, 20, 30, "hourly", "Pipe fitting", "Backflow testing"); // 41,600–62,400, mid 52,000
        var l2 = Listing("plumber", "Austin", "TX", at, 25, 35, "hourly", "Pipe fitting", "Backflow testing"); // 52,000–72,800, mid 62,400
        var l3 = Listing("plumber", "Austin", "TX", at, 30, 40, "hourly", "Pipe fitting", "Backflow testing"); // 62,400–83,200, mid 72,800
        var l4 = Listing("plumber", "Austin", "TX", at, 35, 45, "hourly", "Pipe fitting", "Backflow testing"); // 72,800–93,600, mid 83,200
        var l5 = Listing("plumber", "Austin", "TX", at, 40, 50, "hourly", "pipe fitting", "backflow testing"); // 83,200–104,000, mid 93,600
        var external = External(Guid.NewGuid(), "Plumbers, Pipefitters, and Steamfitters", "Austin", "TX", at.AddDays(-1), at.AddDays(-1),
            90000, 110000, "yearly", skills: ["Pipe Fitting", "PEX"]); // 90,000–110,000, mid 100,000
        await market.PublishAsync(l1, l2, l3, l4, l5, external);
        // Six applications that day (3 + 2 + 1) and one the day after, which the day does not count.
        await market.PublishAsync(
            Application(l1, at.AddHours(1)), Application(l1, at.AddHours(2)), Application(l1, at.AddHours(3)),
            Application(l2, at.AddHours(1)), Application(l2, at.AddHours(2)), Application(l3, at.AddHours(1)),
            Application(l4, at.AddDays(1)));

        await market.RebuildAsync(day, day);
        var stats = await market.GetAsync($"/api/v1/market/stats?role=plumber&location=Austin, TX");

        Assert.Multiple(() =>
        {
            Assert.That(stats.GetProperty("day").GetString(), Is.EqualTo("2026-04-06"));
            Assert.That(stats.GetProperty("new_postings").GetInt32(), Is.EqualTo(5));
            Assert.That(stats.GetProperty("active_postings").GetInt32(), Is.EqualTo(6));
            Assert.That(stats.GetProperty("insufficient").GetBoolean(), Is.False);
            var salary = stats.GetProperty("salary");
            Assert.That(salary.GetProperty("samples").GetInt32(), Is.EqualTo(6));
            // (41,600 + 52,000 + 62,400 + 72,800 + 83,200 + 90,000) / 6 and (62,400 + … + 110,000) / 6
            Assert.That(salary.GetProperty("min_avg").GetDecimal(), Is.EqualTo(67000m));
            Assert.That(salary.GetProperty("max_avg").GetDecimal(), Is.EqualTo(87666.67m));
            // Mids 52,000 62,400 72,800 83,200 93,600 100,000: p25 at rank 1.25, median at 2.5, p75 at 3.75.
            Assert.That(salary.GetProperty("p25").GetDecimal(), Is.EqualTo(65000m));
            Assert.That(salary.GetProperty("median").GetDecimal(), Is.EqualTo(78000m));
            Assert.That(salary.GetProperty("p75").GetDecimal(), Is.EqualTo(91000m));
            Assert.That(Skills(stats.GetProperty("top_skills")), Is.EqualTo(new[] { ("pipe fitting", 6), ("backflow testing", 5), ("pex", 1) }));
            // 6 applications to 5 active listings.
            Assert.That(stats.GetProperty("applications_per_posting").GetDouble(), Is.EqualTo(1.2));
        });
    }

    [Test]
    public async Task A_posting_counts_in_its_state_and_in_all_roles_too()
    {
        var day = new DateOnly(2026, 4, 7);
        var listings = Enumerable.Range(0, 5).Select(_ => Listing("hvac_engineer", "Lubbock", "TX", At(day), 40, 40)).ToArray();
        await market.PublishAsync(listings);

        await market.RebuildAsync(day, day);
        var state = await market.GetAsync("/api/v1/market/trends?role=hvac engineer&location=TX&from=2026-04-07&to=2026-04-07");
        var everyRole = await market.GetAsync("/api/v1/market/trends?location=Lubbock, TX&from=2026-04-07&to=2026-04-07");

        Assert.That(state.GetProperty("series")[0].GetProperty("new_postings").GetInt32(), Is.EqualTo(5));
        Assert.That(everyRole.GetProperty("series")[0].GetProperty("new_postings").GetInt32(), Is.EqualTo(5));
        Assert.That(everyRole.GetProperty("role").GetProperty("key").GetString(), Is.EqualTo("*"));
    }

    [Test]
    public async Task A_reimported_posting_is_not_new_demand()
    {
        var seen = new DateOnly(2026, 4, 14);
        var postingId = Guid.NewGuid();
        var first = External(postingId, "Electricians", "El Paso", "TX", At(seen), At(seen), 30, 40, "hourly");
        var again = External(postingId, "Electricians", "El Paso", "TX", At(seen), At(seen.AddDays(2)), 32, 42, "hourly", isUpdate: true);
        var andAgain = External(postingId, "Electricians", "El Paso", "TX", At(seen), At(seen.AddDays(3)), 32, 42, "hourly", isUpdate: true);
        await market.PublishAsync(first, again, andAgain);

        await market.RebuildAsync(seen, seen.AddDays(3));
        var trends = await market.GetAsync("/api/v1/market/trends?role=electrician&location=El Paso, TX&from=2026-04-14&to=2026-04-17");

        var series = trends.GetProperty("series").EnumerateArray().ToList();
        Assert.That(series.Select(p => p.GetProperty("new_postings").GetInt32()), Is.EqualTo(new[] { 1, 0, 0, 0 }));
        Assert.That(series.Select(p => p.GetProperty("active_postings").GetDouble()), Is.EqualTo(new[] { 1.0, 1.0, 1.0, 1.0 }));
        Assert.That(await market.ScalarAsync<int>("select count(*)::int from postings where posting_id = @Id", new { Id = postingId }), Is.EqualTo(1));
    }

    [Test]
    public async Task A_redelivered_or_republished_event_is_counted_once()
    {
        var day = new DateOnly(2026, 4, 20);
        var published = Listing("estimator", "Amarillo", "TX", At(day), 30, 40);
        var application = Application(published, At(day).AddHours(1));
        await market.PublishAsync(published, published, published with { EventId = Guid.NewGuid() }, application, application);

        await market.RebuildAsync(day, day);
        var stats = await market.GetAsync("/api/v1/market/stats?role=estimator&location=Amarillo, TX");

        Assert.That(stats.GetProperty("new_postings").GetInt32(), Is.EqualTo(1));
        Assert.That(stats.GetProperty("active_postings").GetInt32(), Is.EqualTo(1));
        Assert.That(await market.ScalarAsync<int>("select count(*)::int from applications where job_id = @Id", new { Id = published.ListingId }),
            Is.EqualTo(1));
    }

    [Test]
    public async Task A_small_cell_reports_counts_but_no_salary_figures()
    {
        var day = new DateOnly(2026, 4, 21);
        var listings = Enumerable.Range(0, 4).Select(i => Listing("coordinator", "Waco", "TX", At(day), 20 + i, 30 + i, "hourly", "scheduling")).ToArray();
        await market.PublishAsync(listings);

        await market.RebuildAsync(day, day);
        var stats = await market.GetAsync("/api/v1/market/stats?role=coordinator&location=Waco, TX");

        Assert.Multiple(() =>
        {
            Assert.That(stats.GetProperty("active_postings").GetInt32(), Is.EqualTo(4));
            Assert.That(stats.GetProperty("insufficient").GetBoolean(), Is.True);
            Assert.That(stats.GetProperty("salary").GetProperty("insufficient").GetBoolean(), Is.True);
            Assert.That(stats.GetProperty("salary").GetProperty("median").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(stats.GetProperty("salary").GetProperty("min_avg").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(stats.GetProperty("top_skills").GetArrayLength(), Is.Zero);
        });
    }

    [Test]
    public async Task Median_time_to_fill_runs_from_publication_to_the_first_fill()
    {
        var day = new DateOnly(2026, 4, 27);
        var listings = new[] { 2, 4, 6, 8, 10 }.Select(d => Listing("electrician", "Houston", "TX", At(day.AddDays(-d)), 30, 40)).ToArray();
        var notFilled = Listing("electrician", "Houston", "TX", At(day.AddDays(-3)), 30, 40);
        await market.PublishAsync([.. listings, notFilled]);
        // Four closed as filled, one filled by a hire (its close comes later and does not move the fill); one closed unfilled.
        await market.PublishAsync(
            Closed(listings[0], "filled", At(day)), Closed(listings[1], "filled", At(day)), Closed(listings[2], "filled", At(day)),
            Closed(listings[3], "filled", At(day)), Hired(listings[4], At(day)), Closed(listings[4], "filled", At(day.AddDays(1))),
            Closed(notFilled, "closed", At(day)));

        await market.RebuildAsync(day, day);
        var stats = await market.GetAsync("/api/v1/market/stats?role=electrician&location=Houston, TX");

        Assert.That(stats.GetProperty("fills").GetInt32(), Is.EqualTo(5));
        Assert.That(stats.GetProperty("median_days_to_fill").GetDouble(), Is.EqualTo(6.0));
        Assert.That(stats.GetProperty("active_postings").GetInt32(), Is.EqualTo(1), "only the listing filled by a hire is still open that day");
    }

    [Test]
    public async Task Emergency_fill_rate_and_median_time_to_fill_count_jobs_resolved_that_day()
    {
        var day = new DateOnly(2026, 5, 4);
        var jobs = Enumerable.Range(0, 7).Select(_ => Posted(Emergency("hvac_technician", "San Antonio", "TX", At(day, 8)))).ToArray();
        await market.PublishAsync(jobs);
        await market.PublishAsync(
            Filled(jobs[0], TimeSpan.FromMinutes(30)), Filled(jobs[1], TimeSpan.FromMinutes(60)), Filled(jobs[2], TimeSpan.FromMinutes(90)),
            Filled(jobs[3], TimeSpan.FromMinutes(120)), Filled(jobs[4], TimeSpan.FromMinutes(150)),
            ExpiredEmergency(jobs[5]), ExpiredEmergency(jobs[6]));

        await market.RebuildAsync(day, day);
        var emergency = (await market.GetAsync("/api/v1/market/stats?role=HVAC tech&location=San Antonio, TX")).GetProperty("emergency");

        Assert.That(emergency.GetProperty("posted").GetInt32(), Is.EqualTo(7));
        Assert.That(emergency.GetProperty("filled").GetInt32(), Is.EqualTo(5));
        Assert.That(emergency.GetProperty("expired").GetInt32(), Is.EqualTo(2));
        Assert.That(emergency.GetProperty("fill_rate").GetDouble(), Is.EqualTo(0.7143)); // 5 / 7
        Assert.That(emergency.GetProperty("median_minutes_to_fill").GetDouble(), Is.EqualTo(90.0));
    }

    [Test]
    public async Task Rebuilding_a_range_again_gives_the_same_rows()
    {
        var from = new DateOnly(2026, 5, 11);
        var to = from.AddDays(2);
        var listings = Enumerable.Range(0, 6).Select(i => Listing("inspector", "Austin", "TX", At(from.AddDays(i % 3)), 30 + i, 40 + i, "hourly", "code compliance"))
            .ToArray();
        await market.PublishAsync(listings);

        var first = await market.RebuildAsync(from, to);
        var rowsAfterFirst = await DaysFingerprintAsync(from, to);
        var second = await market.RebuildAsync(from, to);
        var rowsAfterSecond = await DaysFingerprintAsync(from, to);

        Assert.That(first.GetProperty("days").GetInt32(), Is.EqualTo(3));
        Assert.That(second.GetProperty("stats_rows").GetInt32(), Is.EqualTo(first.GetProperty("stats_rows").GetInt32()));
        Assert.That(rowsAfterSecond, Is.EqualTo(rowsAfterFirst));
        Assert.That(rowsAfterFirst, Is.Not.Empty);
    }

    [Test]
    public async Task Rebuilding_a_range_picks_up_events_that_arrived_since()
    {
        var day = new DateOnly(2026, 5, 18);
        await market.PublishAsync(Listing("dispatcher", "Odessa", "TX", At(day), 20, 25));
        await market.RebuildAsync(day, day);
        var before = await market.GetAsync("/api/v1/market/trends?role=dispatcher&location=Odessa, TX&from=2026-05-18&to=2026-05-18");

        await market.PublishAsync(Listing("dispatcher", "Odessa", "TX", At(day, 15), 20, 25));
        await market.RebuildAsync(day.AddDays(-1), day.AddDays(1));
        var after = await market.GetAsync("/api/v1/market/trends?role=dispatcher&location=Odessa, TX&from=2026-05-18&to=2026-05-18");

        Assert.That(before.GetProperty("series")[0].GetProperty("new_postings").GetInt32(), Is.EqualTo(1));
        Assert.That(after.GetProperty("series")[0].GetProperty("new_postings").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public async Task Weekly_trends_add_up_new_postings_per_monday_based_week()
    {
        var monday = new DateOnly(2026, 6, 1);
        await market.PublishAsync(
            Listing("plumber", "Sacramento", "CA", At(monday), 30, 40), Listing("plumber", "Sacramento", "CA", At(monday.AddDays(2)), 30, 40),
            Listing("plumber", "Sacramento", "CA", At(monday.AddDays(8)), 30, 40));
        await market.RebuildAsync(monday, monday.AddDays(13));

        var weekly = await market.GetAsync("/api/v1/market/trends?role=plumber&location=Sacramento, CA&from=2026-06-03&to=2026-06-14&interval=week");
        var daily = await market.GetAsync("/api/v1/market/trends?role=plumber&location=Sacramento, CA&from=2026-06-01&to=2026-06-14&interval=day");

        var weeks = weekly.GetProperty("series").EnumerateArray().ToList();
        Assert.That(weeks.Select(w => w.GetProperty("period_start").GetString()), Is.EqualTo(new[] { "2026-06-01", "2026-06-08" }));
        Assert.That(weeks.Select(w => w.GetProperty("new_postings").GetInt32()), Is.EqualTo(new[] { 2, 1 }));
        Assert.That(weekly.GetProperty("interval").GetString(), Is.EqualTo("week"));
        Assert.That(daily.GetProperty("series").GetArrayLength(), Is.EqualTo(14));
        Assert.That(daily.GetProperty("series")[13].GetProperty("active_postings").GetDouble(), Is.EqualTo(3.0));
    }

    [Test]
    public async Task Skills_report_their_demand_and_the_change_against_the_previous_period()
    {
        var day = new DateOnly(2026, 6, 16);
        var earlier = Enumerable.Range(0, 5).Select(_ => Listing("plumber", "Fresno", "CA", At(day.AddDays(-1)), 30, 40, "hourly", "PEX")).ToArray();
        var later = Enumerable.Range(0, 5).Select(_ => Listing("plumber", "Fresno", "CA", At(day), 30, 40, "hourly", "PEX", "Brazing")).ToArray();
        await market.PublishAsync([.. earlier, .. later]);
        await market.RebuildAsync(day.AddDays(-1), day);

        var skills = await market.GetAsync("/api/v1/market/skills?role=plumber&location=Fresno, CA&from=2026-06-16&to=2026-06-16");

        var bySkill = skills.GetProperty("skills").EnumerateArray().ToDictionary(s => s.GetProperty("skill").GetString()!);
        Assert.That(skills.GetProperty("previous_from").GetString(), Is.EqualTo("2026-06-15"));
        Assert.That(skills.GetProperty("active_postings").GetDouble(), Is.EqualTo(10.0));
        Assert.That(bySkill.Keys, Is.EqualTo(new[] { "pex", "brazing" }));
        Assert.That((bySkill["pex"].GetProperty("postings").GetDouble(), bySkill["pex"].GetProperty("share").GetDouble(),
            bySkill["pex"].GetProperty("previous_postings").GetDouble(), bySkill["pex"].GetProperty("change").GetDouble()), Is.EqualTo((10.0, 1.0, 5.0, 1.0)));
        Assert.That(bySkill["brazing"].GetProperty("change").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task Salary_benchmark_places_a_pay_among_active_postings_and_bls_wages()
    {
        var yesterday = DateTimeOffset.UtcNow.AddDays(-1);
        await market.PublishAsync(new[] { 40m, 45m, 50m, 55m, 60m }.Select(rate => Listing("elevator_mechanic", "Boise", "ID", yesterday, rate, rate)).ToArray());

        var benchmark = await market.GetAsync("/api/v1/market/salary-benchmark?role=Elevator Mechanic&location=Boise, ID&amount=50&period=hourly");

        Assert.Multiple(() =>
        {
            Assert.That(benchmark.GetProperty("annual_amount").GetDecimal(), Is.EqualTo(104000m));
            var postings = benchmark.GetProperty("postings");
            Assert.That(postings.GetProperty("samples").GetInt32(), Is.EqualTo(5));
            Assert.That(postings.GetProperty("percentile").GetDouble(), Is.EqualTo(50.0)); // 2 below, 1 equal (half), of 5
            var bls = benchmark.GetProperty("bls");
            Assert.That(bls.GetProperty("soc_code").GetString(), Is.EqualTo("47-4021"));
            Assert.That(bls.GetProperty("annual_median").GetDecimal(), Is.EqualTo(106580m));
            Assert.That(bls.GetProperty("percentile").GetDouble(), Is.EqualTo(47.8));
            Assert.That(benchmark.GetProperty("role").GetProperty("query").GetString(), Is.EqualTo("Elevator Mechanic"));
        });
    }

    [Test]
    public async Task Salary_benchmark_among_too_few_postings_is_insufficient()
    {
        await market.PublishAsync(Listing("elevator_inspector", "Boise", "ID", DateTimeOffset.UtcNow.AddDays(-1), 40, 40));

        var benchmark = await market.GetAsync("/api/v1/market/salary-benchmark?role=elevator_inspector&location=Boise, ID&amount=80000");

        Assert.That(benchmark.GetProperty("postings").GetProperty("insufficient").GetBoolean(), Is.True);
        Assert.That(benchmark.GetProperty("postings").GetProperty("percentile").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task Liquidity_reports_time_to_fill_and_emergency_fill_rate_of_the_last_30_days()
    {
        var now = DateTimeOffset.UtcNow;
        var listings = new[] { 4, 6, 8, 10, 12 }.Select(d => Listing("fire_safety_technician", "Tulsa", "OK", now.AddDays(-d), 30, 40)).ToArray();
        await market.PublishAsync(listings);
        await market.PublishAsync(listings.Select(l => Closed(l, "filled", now.AddDays(-2))).ToArray());
        var jobs = Enumerable.Range(0, 6).Select(_ => Posted(Emergency("fire_safety_technician", "Tulsa", "OK", now.AddDays(-3)))).ToArray();
        await market.PublishAsync(jobs);
        await market.PublishAsync([.. jobs.Take(5).Select((j, i) => Filled(j, TimeSpan.FromMinutes(10 * (i + 1)))), ExpiredEmergency(jobs[5])]);

        var liquidity = await market.GetAsync("/api/v1/market/liquidity?role=fire safety technician&location=Tulsa, OK");

        Assert.Multiple(() =>
        {
            Assert.That(liquidity.GetProperty("window_days").GetInt32(), Is.EqualTo(30));
            Assert.That(liquidity.GetProperty("fills").GetInt32(), Is.EqualTo(5));
            Assert.That(liquidity.GetProperty("median_days_to_fill").GetDouble(), Is.EqualTo(6.0)); // 2 4 6 8 10
            Assert.That(liquidity.GetProperty("emergency_resolved").GetInt32(), Is.EqualTo(6));
            Assert.That(liquidity.GetProperty("emergency_fill_rate").GetDouble(), Is.EqualTo(0.8333));
            Assert.That(liquidity.GetProperty("emergency_median_minutes_to_fill").GetDouble(), Is.EqualTo(30.0)); // 10 … 50
        });
    }

    [Test]
    public async Task Roles_and_places_are_resolved_as_typed_and_echoed_back()
    {
        var stats = await market.GetAsync("/api/v1/market/stats?role=HVAC%20tech&location=austin%20texas");

        Assert.That(stats.GetProperty("role").GetProperty("query").GetString(), Is.EqualTo("HVAC tech"));
        Assert.That(stats.GetProperty("role").GetProperty("key").GetString(), Is.EqualTo("49-9021.00"));
        Assert.That(stats.GetProperty("role").GetProperty("soc_code").GetString(), Is.EqualTo("49-9021"));
        Assert.That(stats.GetProperty("location").GetProperty("key").GetString(), Is.EqualTo("us-tx-austin"));
        Assert.That(stats.GetProperty("location").GetProperty("level").GetString(), Is.EqualTo("city"));
        Assert.That(stats.GetProperty("location").GetProperty("name").GetString(), Is.EqualTo("Austin, TX"));
    }

    [Test]
    public async Task Stats_of_a_cell_without_data_answer_insufficient()
    {
        var stats = await market.GetAsync("/api/v1/market/stats?role=Chief Executives&location=Nome, AK");

        Assert.That(stats.GetProperty("day").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(stats.GetProperty("insufficient").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Rebuild_needs_the_admin_role()
    {
        using var employer = market.Factory.CreateClient(new Marketplace.ServiceDefaults.Identity.TokenRequest(Guid.NewGuid(), Guid.NewGuid(), ["employer"]));

        var anonymous = await market.Anonymous.PostAsync("/api/v1/market/admin/rebuild?from=2026-01-01&to=2026-01-01", null);
        var notAdmin = await employer.PostAsync("/api/v1/market/admin/rebuild?from=2026-01-01&to=2026-01-01", null);

        Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(notAdmin.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private static (string, int)[] Skills(JsonElement skills) =>
        [.. skills.EnumerateArray().Select(s => (s.GetProperty("skill").GetString()!, s.GetProperty("postings").GetInt32()))];

    private Task<string> DaysFingerprintAsync(DateOnly from, DateOnly to) => market.ScalarAsync<string>("""
        select coalesce(md5(string_agg(s::text, '|' order by s.role_key, s.location_key, s.day)), '')
        from market_daily_stats s where s.day between @From and @To
        """, new { From = from, To = to });
}
