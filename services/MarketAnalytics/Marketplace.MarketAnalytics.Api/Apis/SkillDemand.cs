namespace Marketplace.MarketAnalytics.Api.Apis;

public sealed record SkillDemand(string Skill, double Postings, double? Share, double PreviousPostings, double? Change);
