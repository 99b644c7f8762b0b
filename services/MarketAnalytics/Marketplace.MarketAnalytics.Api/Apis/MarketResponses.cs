using Marketplace.MarketAnalytics.Api.Domain;

namespace Marketplace.MarketAnalytics.Api.Apis;

/// <summary>A salary and demand series; a period is insufficient when too few postings with pay stand behind it.</summary>
public sealed record TrendsResponse(
    RoleResolution Role, LocationResolution Location, DateOnly From, DateOnly To, TrendInterval Interval, int MinimumSamples,
    IReadOnlyList<TrendPoint> Series);

public sealed record TrendPoint(
    DateOnly PeriodStart,
    int DaysWithData,
    int NewPostings,
    double ActivePostings,
    decimal? SalaryMinAvg,
    decimal? SalaryMaxAvg,
    decimal? PayP25,
    decimal? PayMedian,
    decimal? PayP75,
    double? ApplicationsPerPosting,
    int Fills,
    double? MedianDaysToFill,
    double? EmergencyFillRate,
    bool Insufficient);

/// <summary>
/// Skills asked for by the cell's active postings: <see cref="SkillDemand.Postings"/> is the mean number of active
/// postings asking for the skill per day of the period, its share of the mean active postings, and the change
/// against the equally long period before (null when the skill was not seen then).
/// </summary>
public sealed record SkillsResponse(
    RoleResolution Role, LocationResolution Location, DateOnly From, DateOnly To, DateOnly PreviousFrom, DateOnly PreviousTo,
    double ActivePostings, bool Insufficient, IReadOnlyList<SkillDemand> Skills);

public sealed record SkillDemand(string Skill, double Postings, double? Share, double PreviousPostings, double? Change);

/// <summary>The latest daily snapshot of a cell (Day null when it has none yet).</summary>
public sealed record StatsResponse(
    RoleResolution Role, LocationResolution Location, DateOnly? Day, int NewPostings, int ActivePostings, bool Insufficient,
    int MinimumSamples, SalaryFigures Salary, IReadOnlyList<SkillCount> TopSkills, double? ApplicationsPerPosting,
    int Fills, double? MedianDaysToFill, EmergencyFigures Emergency);

public sealed record SalaryFigures(int Samples, decimal? MinAvg, decimal? MaxAvg, decimal? P25, decimal? Median, decimal? P75, bool Insufficient);

public sealed record SkillCount(string Skill, int Postings);

public sealed record EmergencyFigures(int Posted, int Filled, int Expired, double? FillRate, double? MedianMinutesToFill);

/// <summary>Where a pay sits among active postings (mid-rank percentile) and in BLS OEWS national wages.</summary>
public sealed record SalaryBenchmarkResponse(
    RoleResolution Role, LocationResolution Location, decimal Amount, string Period, decimal AnnualAmount, decimal HourlyAmount,
    PostingsBenchmark Postings, BlsBenchmark? Bls);

public sealed record PostingsBenchmark(DateOnly Day, int Samples, double? Percentile, bool Insufficient);

public sealed record BlsBenchmark(
    string SocCode, string Title, decimal? AnnualP10, decimal? AnnualP25, decimal? AnnualMedian, decimal? AnnualP75, decimal? AnnualP90,
    decimal? HourlyMedian, double? Percentile, string? Position, string Source);

/// <summary>How fast work is taken up over the last <see cref="WindowDays"/> days up to <see cref="To"/>.</summary>
public sealed record LiquidityResponse(
    RoleResolution Role, LocationResolution Location, DateOnly From, DateOnly To, int WindowDays, int MinimumSamples,
    double? ApplicationsPerPosting, int ListingsActive, int Fills, double? MedianDaysToFill,
    int EmergencyResolved, int EmergencyFilled, double? EmergencyFillRate, double? EmergencyMedianMinutesToFill);

public sealed record RebuildResponse(DateOnly From, DateOnly To, int Days, int StatsRows, int SkillRows);
