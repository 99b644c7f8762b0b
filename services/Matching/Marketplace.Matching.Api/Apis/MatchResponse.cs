using Marketplace.Matching.Api.Data;
using Marketplace.Matching.Api.Domain;

namespace Marketplace.Matching.Api.Apis;

/// <summary>One (candidate, job) match: the score, its components, and why, in plain words.</summary>
public sealed record MatchResponse(
    Guid CandidateId,
    Guid JobId,
    decimal Score,
    IReadOnlyDictionary<string, decimal> Components,
    IReadOnlyList<string> MatchedSkills,
    IReadOnlyList<string> MissingSkills,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Concerns,
    IReadOnlyList<string> Recommendations,
    bool IsRecommended,
    string Status,
    DateTimeOffset ComputedAt,
    MatchJobSummary Job,
    MatchCandidateSummary? Candidate)
{
    public static MatchResponse From(MatchRow m, Guid? viewerOrganizationId, bool withCandidate) => new(
        m.CandidateId, m.JobId, m.Score, m.Components, m.MatchedSkills, m.MissingSkills, m.Reasons, m.Concerns, m.Recommendations,
        m.IsRecommended, m.Status, ProfileResponse.Utc(m.ComputedAt),
        new MatchJobSummary(m.JobTitle, m.JobCity, m.JobStateProvince, m.JobType, m.LocationType, m.CompensationType, m.SalaryMin, m.SalaryMax, m.IsExternal),
        withCandidate
            ? new MatchCandidateSummary(
                m.CandidateKind,
                // Names are shown for the viewer's own candidates only; job seekers are shown by title until shortlisted.
                m.CandidateOrganizationId == viewerOrganizationId && m.CandidateKind == ProfileKinds.Recruited ? m.FirstName : null,
                m.CandidateOrganizationId == viewerOrganizationId && m.CandidateKind == ProfileKinds.Recruited ? m.LastName : null,
                m.CandidateTitle, m.CandidateCity, m.CandidateStateProvince, m.YearsExperience)
            : null);

    public static MatchResponse Live(Guid candidateId, Guid jobId, MatchResult r, JobRow job, string status) => new(
        candidateId, jobId, r.Score, r.Components, r.MatchedSkills, r.MissingSkills, r.Reasons, r.Concerns, r.Recommendations,
        r.IsRecommended, status, DateTimeOffset.UtcNow,
        new MatchJobSummary(job.Title, job.City, job.StateProvince, job.JobType, job.LocationType, job.CompensationType, job.SalaryMin, job.SalaryMax, job.IsExternal),
        null);
}

public sealed record MatchJobSummary(
    string Title, string? City, string? StateProvince, string JobType, string LocationType, string? CompensationType,
    decimal? SalaryMin, decimal? SalaryMax, bool IsExternal);

public sealed record MatchCandidateSummary(
    string Kind, string? FirstName, string? LastName, string? CurrentTitle, string? City, string? StateProvince, decimal? YearsExperience);
