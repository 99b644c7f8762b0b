using System.Text.Json;
using Marketplace.Applications.Api.Data;
using Marketplace.Applications.Api.Domain;
using Marketplace.Contracts.Applications;

namespace Marketplace.Applications.Api.Apis;

/// <summary>
/// An application as its applicant or hiring team sees it. <see cref="Contact"/> (name, e-mail, phone) is null for the
/// hiring team until the application has been shortlisted (mutual interest); the snapshot never carries identity.
/// </summary>
public sealed record ApplicationResponse(
    Guid Id,
    Guid JobId,
    string JobTitle,
    Guid OrganizationId,
    Guid ApplicantUserId,
    string Status,
    DateTimeOffset AppliedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ViewedAt,
    string? CoverLetter,
    Guid? ResumeDocumentId,
    string? PortfolioUrl,
    bool IdentityVisible,
    ApplicantContact? Contact,
    ApplicantSnapshot Applicant,
    IReadOnlyList<ScreeningAnswer> ScreeningAnswers,
    bool Knockout,
    string? RejectionReason,
    string? RejectionFeedback,
    decimal? MatchScore,
    IReadOnlyList<string> MatchedSkills,
    IReadOnlyList<string> MissingSkills,
    IReadOnlyList<HistoryEntry>? History = null,
    IReadOnlyList<InterviewResponse>? Interviews = null,
    OfferResponse? Offer = null)
{
    public static ApplicationResponse From(ApplicationRow a, bool viewerIsApplicant)
    {
        var identityVisible = viewerIsApplicant || a.ShortlistedAt is not null;
        return new ApplicationResponse(
            a.Id, a.JobId, a.JobTitle, a.OrganizationId, a.ApplicantUserId, a.Status, Utc(a.AppliedAt), Utc(a.UpdatedAt),
            a.ViewedAt is { } viewed ? Utc(viewed) : null, a.CoverLetter, a.ResumeDocumentId, a.PortfolioUrl,
            identityVisible,
            identityVisible ? new ApplicantContact(a.ApplicantName, a.ApplicantEmail, a.ApplicantPhone) : null,
            JsonSerializer.Deserialize<ApplicantSnapshot>(a.Snapshot, Snapshots.Json)!,
            JsonSerializer.Deserialize<List<ScreeningAnswer>>(a.ScreeningAnswers, Snapshots.Json) ?? [],
            a.Knockout, a.RejectionReason, a.RejectionFeedback, a.MatchScore, a.MatchedSkills ?? [], a.MissingSkills ?? []);
    }

    public static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    public static DateTimeOffset? Utc(DateTime? value) => value is { } v ? Utc(v) : null;
}

public sealed record ApplicantContact(string? Name, string? Email, string? Phone);

public sealed record HistoryEntry(string? FromStatus, string ToStatus, Guid? ActorUserId, string? Reason, DateTimeOffset ChangedAt)
{
    public static HistoryEntry From(HistoryRow h) => new(h.FromStatus, h.ToStatus, h.ActorUserId, h.Reason, ApplicationResponse.Utc(h.ChangedAt));
}
