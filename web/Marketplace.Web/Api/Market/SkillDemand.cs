namespace Marketplace.Web.Api.Market;

/// <summary>A skill's demand: mean active postings asking for it per day, its share, and the change against the period before.</summary>
public sealed record SkillDemand(string Skill, double Postings, double? Share, double PreviousPostings, double? Change);
