namespace Marketplace.Contracts.Applications;

/// <summary>
/// The applicant as they were when they applied, frozen with the application: from the profile Matching published
/// (<c>CandidateProfileUpdated</c>), or from the request when there was no profile yet. Later profile edits never
/// change it. Carries no name, e-mail or phone: employers see those only after shortlisting, through the API.
/// </summary>
public sealed record ApplicantSnapshot(
    string? CurrentTitle,
    IReadOnlyList<string> Skills,
    IReadOnlyList<CertificationSnapshot> Certifications,
    decimal? YearsExperience,
    string? City,
    string? StateProvince,
    string? Country,
    string? PostalCode,
    double? Latitude,
    double? Longitude);
