namespace Marketplace.MarketAnalytics.Api.Apis;

/// <summary>
/// Skills asked for by the cell's active postings: <see cref="SkillDemand.Postings"/> is the mean number of active
/// postings asking for the skill per day of the period, its share of the mean active postings, and the change
/// against the equally long period before (null when the skill was not seen then).
/// </summary>
public sealed record SkillsResponse(
    RoleResolution Role, LocationResolution Location, DateOnly From, DateOnly To, DateOnly PreviousFrom, DateOnly PreviousTo,
    double ActivePostings, bool Insufficient, IReadOnlyList<SkillDemand> Skills);
