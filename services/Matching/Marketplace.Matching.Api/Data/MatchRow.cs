using System.Text.Json;

namespace Marketplace.Matching.Api.Data;

/// <summary>A stored match with the job's summary and the candidate's (for the views that list either side).</summary>
public sealed class MatchRow
{
    public const string Columns = """
        m.candidate_id, m.job_id, m.score, m.components::text as components_json, m.matched_skills, m.missing_skills, m.reasons,
        m.concerns, m.recommendations, m.is_recommended, m.status, m.computed_at,
        j.title as job_title, j.city as job_city, j.state_province as job_state_province, j.job_type, j.location_type,
        j.salary_min, j.salary_max, j.compensation_type, j.is_external,
        p.kind as candidate_kind, p.organization_id as candidate_organization_id, p.first_name, p.last_name,
        p.current_title as candidate_title, p.city as candidate_city, p.state_province as candidate_state_province, p.years_experience
        """;

    public Guid CandidateId { get; init; }
    public Guid JobId { get; init; }
    public decimal Score { get; init; }
    public string ComponentsJson { get; init; } = "{}";
    public string[] MatchedSkills { get; init; } = [];
    public string[] MissingSkills { get; init; } = [];
    public string[] Reasons { get; init; } = [];
    public string[] Concerns { get; init; } = [];
    public string[] Recommendations { get; init; } = [];
    public bool IsRecommended { get; init; }
    public string Status { get; init; } = "suggested";
    public DateTime ComputedAt { get; init; }
    public string JobTitle { get; init; } = "";
    public string? JobCity { get; init; }
    public string? JobStateProvince { get; init; }
    public string JobType { get; init; } = "";
    public string LocationType { get; init; } = "";
    public decimal? SalaryMin { get; init; }
    public decimal? SalaryMax { get; init; }
    public string? CompensationType { get; init; }
    public bool IsExternal { get; init; }
    public string CandidateKind { get; init; } = "";
    public Guid? CandidateOrganizationId { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? CandidateTitle { get; init; }
    public string? CandidateCity { get; init; }
    public string? CandidateStateProvince { get; init; }
    public decimal? YearsExperience { get; init; }

    public IReadOnlyDictionary<string, decimal> Components =>
        JsonSerializer.Deserialize<Dictionary<string, decimal>>(ComponentsJson) ?? [];
}
