namespace Marketplace.MarketAnalytics.Api.Apis;

/// <summary>The latest daily snapshot of a cell (Day null when it has none yet).</summary>
public sealed record StatsResponse(
    RoleResolution Role, LocationResolution Location, DateOnly? Day, int NewPostings, int ActivePostings, bool Insufficient,
    int MinimumSamples, SalaryFigures Salary, IReadOnlyList<SkillCount> TopSkills, double? ApplicationsPerPosting,
    int Fills, double? MedianDaysToFill, EmergencyFigures Emergency);
