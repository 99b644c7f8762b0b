namespace Marketplace.MarketAnalytics.Api.Apis;

public sealed record RebuildResponse(DateOnly From, DateOnly To, int Days, int StatsRows, int SkillRows);
