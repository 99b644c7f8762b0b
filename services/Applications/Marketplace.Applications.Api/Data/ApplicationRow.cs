namespace Marketplace.Applications.Api.Data;

/// <summary>An application as read, with its listing's title and Matching's score (null: not scored yet).</summary>
public sealed class ApplicationRow
{
    public const string Columns = """
        a.id, a.job_id, l.title as job_title, l.job_category, a.organization_id, a.applicant_user_id, a.status,
        a.cover_letter, a.resume_document_id, a.portfolio_url, a.applicant_name, a.applicant_email, a.applicant_phone,
        a.snapshot::text as snapshot, a.screening_answers::text as screening_answers, a.knockout, a.rejection_reason,
        a.rejection_feedback, a.viewed_at, a.shortlisted_at, a.applied_at, a.updated_at,
        s.score as match_score, s.matched_skills, s.missing_skills
        """;

    public const string From = """
        applications a
        join listings l on l.listing_id = a.job_id
        left join application_scores s on s.application_id = a.id
        """;

    public Guid Id { get; init; }
    public Guid JobId { get; init; }
    public string JobTitle { get; init; } = "";
    public string JobCategory { get; init; } = "";
    public Guid OrganizationId { get; init; }
    public Guid ApplicantUserId { get; init; }
    public string Status { get; init; } = "";
    public string? CoverLetter { get; init; }
    public Guid? ResumeDocumentId { get; init; }
    public string? PortfolioUrl { get; init; }
    public string? ApplicantName { get; init; }
    public string? ApplicantEmail { get; init; }
    public string? ApplicantPhone { get; init; }
    public string Snapshot { get; init; } = "{}";
    public string ScreeningAnswers { get; init; } = "[]";
    public bool Knockout { get; init; }
    public string? RejectionReason { get; init; }
    public string? RejectionFeedback { get; init; }
    public DateTime? ViewedAt { get; init; }
    public DateTime? ShortlistedAt { get; init; }
    public DateTime AppliedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
    public decimal? MatchScore { get; init; }
    public string[]? MatchedSkills { get; init; }
    public string[]? MissingSkills { get; init; }
}
