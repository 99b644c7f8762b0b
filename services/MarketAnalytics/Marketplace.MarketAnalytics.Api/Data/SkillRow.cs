namespace Marketplace.MarketAnalytics.Api.Data;

/// <summary>A skill's posting-days in a period and in the period before it.</summary>
public sealed class SkillRow
{
    public string Skill { get; init; } = "";
    public long Current { get; init; }
    public long Previous { get; init; }
}
