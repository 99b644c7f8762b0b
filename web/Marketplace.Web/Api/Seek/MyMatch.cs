namespace Marketplace.Web.Api.Seek;

/// <summary>Matching's GET /api/v1/matches/me/{job_id}: how the signed-in seeker's profile matches one job.</summary>
public sealed record MyMatch(
    Guid JobId,
    decimal Score,
    IReadOnlyList<string> MatchedSkills,
    IReadOnlyList<string> MissingSkills,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Concerns,
    bool IsRecommended);
