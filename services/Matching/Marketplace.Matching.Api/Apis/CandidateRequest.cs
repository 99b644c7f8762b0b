namespace Marketplace.Matching.Api.Apis;

/// <summary>A candidate in a recruiter's pool (POST creates, PUT replaces). E-mail and phone never leave the organization.</summary>
public sealed record CandidateRequest(
    string? FirstName,
    string? LastName,
    string? Email,
    string? Phone,
    string? CurrentTitle,
    IReadOnlyList<string?>? Skills,
    IReadOnlyList<CertificationRequest?>? Certifications,
    decimal? TotalExperience,
    string? Summary,
    string? ExpectedSalaryText,
    string? City,
    string? StateProvince,
    string? Country,
    string? PostalCode,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<string?>? PreferredLocations,
    IReadOnlyList<string?>? PreferredRoles,
    string? Status);
