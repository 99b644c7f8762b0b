using System.Text.Json;

namespace Marketplace.Applications.Api.Apis;

/// <summary>
/// POST /api/v1/jobs/{job_id}/apply. <see cref="Applicant"/> is used for the frozen snapshot only when Matching has
/// no profile of the caller yet; its name, e-mail and phone are kept for the employer (shown after shortlisting).
/// </summary>
public sealed record ApplyRequest(
    string? CoverLetter,
    Guid? ResumeDocumentId,
    string? PortfolioUrl,
    IReadOnlyList<ScreeningAnswerRequest?>? ScreeningAnswers,
    ApplicantRequest? Applicant);

/// <summary>One answer: a string, a number or a boolean, by the question's type.</summary>
public sealed record ScreeningAnswerRequest(Guid? QuestionId, JsonElement? Answer);

public sealed record ApplicantRequest(
    string? Name,
    string? Email,
    string? Phone,
    string? CurrentTitle,
    IReadOnlyList<string?>? Skills,
    IReadOnlyList<CertificationRequest?>? Certifications,
    decimal? YearsExperience,
    string? City,
    string? StateProvince,
    string? Country,
    string? PostalCode);

public sealed record CertificationRequest(string? Name, string? Issuer, DateOnly? ExpiresOn);
