namespace Marketplace.MarketAnalytics.Api.Apis;

public sealed record SkillCount(string Skill, int Postings);
