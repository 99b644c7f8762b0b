using Marketplace.MarketAnalytics.Api.Data;
using Marketplace.MarketAnalytics.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.MarketAnalytics.Api.Apis;

/// <summary>
/// The market pulse (issue 13): salary and demand trends, skills, the latest snapshot, a salary benchmark and
/// liquidity, for a role and a place as people type them; anonymous reads. Rebuilding days needs the admin role.
/// </summary>
public static class MarketPulseApi
{
    public static IEndpointRouteBuilder MapMarketPulseApi(this IEndpointRouteBuilder app)
    {
        var market = app.MapGroup("/api/v1/market").WithTags("Market");
        market.MapGet("/trends", TrendsAsync).WithName("GetMarketTrends")
            .WithSummary("Salary and posting-count series for a role and place (interval day|week|month, at most 731 days)");
        market.MapGet("/skills", SkillsAsync).WithName("GetMarketSkills")
            .WithSummary("In-demand skills with counts and change against the previous period");
        market.MapGet("/stats", StatsAsync).WithName("GetMarketStats")
            .WithSummary("The latest daily snapshot for a role and place");
        market.MapGet("/salary-benchmark", SalaryBenchmarkAsync).WithName("GetSalaryBenchmark")
            .WithSummary("Where a pay sits among active postings and against BLS OEWS national wages");
        market.MapGet("/liquidity", LiquidityAsync).WithName("GetMarketLiquidity")
            .WithSummary("Applications per posting, time to fill and emergency fill rate over the last 30 days");

        var admin = app.MapGroup("/api/v1/market/admin").WithTags("Market administration").RequireAuthorization(MarketAdmin.Policy);
        admin.MapPost("/rebuild", RebuildAsync).WithName("RebuildMarketStatistics")
            .WithSummary("Recompute the daily statistics of every day from..to (at most 366 days; admin)");
        return app;
    }

    internal static async Task<Results<Ok<TrendsResponse>, ValidationProblem>> TrendsAsync(
        [AsParameters] MarketServices services, string? role = null, string? location = null, string? from = null, string? to = null,
        string? interval = null)
    {
        var query = new MarketQuery(services.Reference);
        var (canonicalRole, roleEcho) = query.Role(role);
        var (place, placeEcho) = query.Location(location);
        var unit = query.Interval(interval);
        var (first, last) = query.Range(from, to, services.Today, QueryLimits.DefaultRangeDays, QueryLimits.MaxRangeDays);
        if (!query.IsValid)
        {
            return query.Problem();
        }

        // Whole periods: a weekly series from a Wednesday starts on that week's Monday.
        first = Periods(first, last, unit).First();
        var rows = (await services.Stats.TrendsAsync(canonicalRole, place, first, last, unit)).ToDictionary(r => r.PeriodStart);
        var series = Periods(first, last, unit).Select(start => rows.TryGetValue(start, out var r)
            ? new TrendPoint(start, r.DaysWithData, r.NewPostings, r.ActivePostings, r.SalaryMinAvg, r.SalaryMaxAvg, r.PayP25, r.PayMedian,
                r.PayP75, Round(r.ApplicationsPerPosting), r.Fills, Round(r.MedianDaysToFill), Round(r.EmergencyFillRate, 4), r.PayMedian is null)
            : new TrendPoint(start, 0, 0, 0, null, null, null, null, null, null, 0, null, null, true)).ToList();
        return TypedResults.Ok(new TrendsResponse(roleEcho, placeEcho, first, last, unit, SmallCell.MinimumSamples, series));
    }

    internal static async Task<Results<Ok<SkillsResponse>, ValidationProblem>> SkillsAsync(
        [AsParameters] MarketServices services, string? role = null, string? location = null, string? from = null, string? to = null)
    {
        var query = new MarketQuery(services.Reference);
        var (canonicalRole, roleEcho) = query.Role(role);
        var (place, placeEcho) = query.Location(location);
        var (first, last) = query.Range(from, to, services.Today, QueryLimits.DefaultRangeDays, QueryLimits.MaxRangeDays);
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var days = last.DayNumber - first.DayNumber + 1;
        var active = await services.Stats.PostingDaysAsync(canonicalRole, place, first, last) / (double)days;
        var skills = (await services.Stats.SkillsAsync(canonicalRole, place, first, last))
            .Where(s => s.Current > 0)
            .Take(DailyAggregator.TopSkills)
            .Select(s =>
            {
                var current = s.Current / (double)days;
                var previous = s.Previous / (double)days;
                return new SkillDemand(s.Skill, Math.Round(current, 2), active > 0 ? Math.Round(current / active, 4) : null,
                    Math.Round(previous, 2), s.Previous > 0 ? Math.Round((current - previous) / previous, 4) : null);
            })
            .ToList();
        return TypedResults.Ok(new SkillsResponse(roleEcho, placeEcho, first, last, first.AddDays(-days), first.AddDays(-1),
            Math.Round(active, 2), active < SmallCell.MinimumSamples, skills));
    }

    internal static async Task<Results<Ok<StatsResponse>, ValidationProblem>> StatsAsync(
        [AsParameters] MarketServices services, string? role = null, string? location = null)
    {
        var query = new MarketQuery(services.Reference);
        var (canonicalRole, roleEcho) = query.Role(role);
        var (place, placeEcho) = query.Location(location);
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var row = await services.Stats.LatestAsync(canonicalRole, place, services.Today);
        if (row is null)
        {
            return TypedResults.Ok(new StatsResponse(roleEcho, placeEcho, null, 0, 0, true, SmallCell.MinimumSamples,
                new SalaryFigures(0, null, null, null, null, null, true), [], null, 0, null, new EmergencyFigures(0, 0, 0, null, null)));
        }

        var skills = (await services.Stats.SkillsOnAsync(canonicalRole, place, row.Day)).Select(s => new SkillCount(s.Skill, s.Postings)).ToList();
        return TypedResults.Ok(new StatsResponse(
            roleEcho, placeEcho, row.Day, row.NewPostings, row.ActivePostings, !SmallCell.IsSufficient(row.ActivePostings), SmallCell.MinimumSamples,
            new SalaryFigures(row.PaySamples, row.SalaryMinAvg, row.SalaryMaxAvg, row.PayP25, row.PayMedian, row.PayP75, row.PayMedian is null),
            skills, Round(row.ApplicationsPerPosting), row.Fills, Round(row.MedianDaysToFill),
            new EmergencyFigures(row.EmergencyPosted, row.EmergencyFilled, row.EmergencyExpired, Round(row.EmergencyFillRate, 4),
                Round(row.EmergencyMedianMinutesToFill, 1))));
    }

    internal static async Task<Results<Ok<SalaryBenchmarkResponse>, ValidationProblem>> SalaryBenchmarkAsync(
        [AsParameters] MarketServices services, string? role = null, string? location = null, string? amount = null, string? period = null)
    {
        var query = new MarketQuery(services.Reference);
        var (canonicalRole, roleEcho) = query.Role(role);
        var (place, placeEcho) = query.Location(location);
        var pay = query.Amount(amount);
        var per = query.Period(period);
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var annual = PayNormalization.Annualize(pay, per)!.Value;
        var today = services.Today;
        var position = await services.Stats.PayPositionAsync(canonicalRole, place, today, annual);
        var sufficient = SmallCell.IsSufficient(position.Total);
        var postings = new PostingsBenchmark(today, position.Total,
            sufficient ? WagePercentile.AmongPostings(position.Below, position.Equal, position.Total) : null, !sufficient);
        BlsBenchmark? bls = null;
        if (services.Reference.WagesFor(canonicalRole) is { } wages)
        {
            var estimate = WagePercentile.Estimate(annual, wages.AnnualP10, wages.AnnualP25, wages.AnnualMedian, wages.AnnualP75, wages.AnnualP90);
            bls = new BlsBenchmark(wages.SocCode, wages.Title, wages.AnnualP10, wages.AnnualP25, wages.AnnualMedian, wages.AnnualP75,
                wages.AnnualP90, wages.HourlyMedian, estimate?.Percentile, estimate?.Position, "BLS OEWS May 2024, national, cross-industry");
        }

        return TypedResults.Ok(new SalaryBenchmarkResponse(roleEcho, placeEcho, pay, per, annual, PayNormalization.ToHourly(annual), postings, bls));
    }

    internal static async Task<Results<Ok<LiquidityResponse>, ValidationProblem>> LiquidityAsync(
        [AsParameters] MarketServices services, string? role = null, string? location = null)
    {
        var query = new MarketQuery(services.Reference);
        var (canonicalRole, roleEcho) = query.Role(role);
        var (place, placeEcho) = query.Location(location);
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var to = services.Today;
        var from = to.AddDays(1 - QueryLimits.LiquidityWindowDays);
        var latest = await services.Stats.LatestAsync(canonicalRole, place, to);
        var window = await services.Stats.LiquidityAsync(canonicalRole, place, from, to);
        double? fillRate = SmallCell.IsSufficient(window.EmergencyResolved) ? Math.Round(window.EmergencyFilled / (double)window.EmergencyResolved, 4) : null;
        return TypedResults.Ok(new LiquidityResponse(roleEcho, placeEcho, from, to, QueryLimits.LiquidityWindowDays, SmallCell.MinimumSamples,
            Round(latest?.ApplicationsPerPosting), latest?.ListingsActive ?? 0, window.Fills, Round(window.MedianDaysToFill),
            window.EmergencyResolved, window.EmergencyFilled, fillRate, Round(window.EmergencyMedianMinutesToFill, 1)));
    }

    internal static async Task<Results<Ok<RebuildResponse>, ValidationProblem>> RebuildAsync(
        DailyAggregator aggregator, [AsParameters] MarketServices services, CancellationToken cancellationToken,
        string? from = null, string? to = null)
    {
        var query = new MarketQuery(services.Reference);
        if (string.IsNullOrEmpty(from))
        {
            query.Fail("from", "The first day to rebuild is required (yyyy-MM-dd).");
        }

        var (first, last) = query.Range(from, to, services.Today, 1, QueryLimits.MaxRebuildDays);
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var (stats, skills) = (0, 0);
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var result = await aggregator.AggregateAsync(day, cancellationToken);
            (stats, skills) = (stats + result.StatsRows, skills + result.SkillRows);
        }

        return TypedResults.Ok(new RebuildResponse(first, last, last.DayNumber - first.DayNumber + 1, stats, skills));
    }

    /// <summary>Every period start from..to: days, Monday-based weeks, or calendar months (as date_trunc counts them).</summary>
    internal static IEnumerable<DateOnly> Periods(DateOnly from, DateOnly to, TrendInterval interval)
    {
        var start = interval switch
        {
            TrendInterval.Week => from.AddDays(-(((int)from.DayOfWeek + 6) % 7)),
            TrendInterval.Month => new DateOnly(from.Year, from.Month, 1),
            _ => from,
        };
        for (var period = start; period <= to; period = interval switch
        {
            TrendInterval.Week => period.AddDays(7),
            TrendInterval.Month => period.AddMonths(1),
            _ => period.AddDays(1),
        })
        {
            yield return period;
        }
    }

    private static double? Round(double? value, int digits = 2) => value is null ? null : Math.Round(value.Value, digits);
}
