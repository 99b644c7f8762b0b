namespace Marketplace.Web.Api.Hiring;

/// <summary>
/// An application as Applications answers it (GET /api/v1/jobs/applications/{id}, the lists). <see cref="Contact"/> is
/// null for the hiring team until the applicant is shortlisted; History, Interviews and Offer come with the detail only.
/// </summary>
public sealed record ApplicationView(
    Guid Id,
    Guid JobId,
    string JobTitle,
    Guid OrganizationId,
    Guid ApplicantUserId,
    string Status,
    DateTimeOffset AppliedAt,
    DateTimeOffset UpdatedAt,
    string? CoverLetter,
    string? PortfolioUrl,
    bool IdentityVisible,
    ApplicantContact? Contact,
    ApplicantSnapshotView? Applicant,
    IReadOnlyList<ScreeningAnswerView>? ScreeningAnswers,
    bool Knockout,
    string? RejectionReason,
    string? RejectionFeedback,
    decimal? MatchScore,
    IReadOnlyList<string>? MatchedSkills,
    IReadOnlyList<string>? MissingSkills,
    IReadOnlyList<HistoryEntryView>? History = null,
    IReadOnlyList<InterviewView>? Interviews = null,
    OfferView? Offer = null);

public sealed record ApplicantContact(string? Name, string? Email, string? Phone);

/// <summary>The applicant as they were when they applied; never their name, e-mail or phone.</summary>
public sealed record ApplicantSnapshotView(
    string? CurrentTitle, IReadOnlyList<string>? Skills, IReadOnlyList<CertificationView>? Certifications, decimal? YearsExperience,
    string? City, string? StateProvince, string? Country);

public sealed record CertificationView(string Name, string? Issuer, DateOnly? ExpiresOn);

public sealed record ScreeningAnswerView(Guid QuestionId, string Question, string QuestionType, string Answer, bool Knockout);

public sealed record HistoryEntryView(string? FromStatus, string ToStatus, Guid? ActorUserId, string? Reason, DateTimeOffset ChangedAt);

public sealed record InterviewView(
    Guid Id, string InterviewType, DateTimeOffset ScheduledAt, int DurationMinutes, string? Location, IReadOnlyList<string>? Interviewers,
    string Status, int? Rating);

public sealed record OfferView(
    Guid Id, int Revision, string PositionTitle, string CompensationType, decimal Amount, string Currency, DateOnly? StartDate,
    IReadOnlyList<string>? Benefits, string? Terms, DateTimeOffset? ExpiresAt, string Status, string? ResponseReason,
    DateTimeOffset? RespondedAt, DateTimeOffset UpdatedAt);
