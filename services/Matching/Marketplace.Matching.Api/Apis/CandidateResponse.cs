using Marketplace.Matching.Api.Data;
using Marketplace.Matching.Api.Domain;

namespace Marketplace.Matching.Api.Apis;

/// <summary>A candidate of the recruiter's own organization (contact details included: they never leave the tenant).</summary>
public sealed record CandidateResponse(
    Guid Id,
    string? FirstName,
    string? LastName,
    string? Email,
    string? Phone,
    string? CurrentTitle,
    IReadOnlyList<string> Skills,
    IReadOnlyList<Certification> Certifications,
    decimal? TotalExperience,
    string? Summary,
    string? ExpectedSalaryText,
    decimal? ExpectedPayMin,
    decimal? ExpectedPayMax,
    string? ExpectedPayType,
    string? City,
    string? StateProvince,
    string? Country,
    string? PostalCode,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<string> PreferredLocations,
    IReadOnlyList<string> PreferredRoles,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static CandidateResponse From(ProfileRow p) => new(
        p.Id, p.FirstName, p.LastName, p.Email, p.Phone, p.CurrentTitle, p.Skills, p.Certifications, p.YearsExperience, p.Summary,
        p.PayText, p.PayMin, p.PayMax, p.PayType, p.City, p.StateProvince, p.Country, p.PostalCode, p.Latitude, p.Longitude,
        p.PreferredLocations, p.PreferredRoles, p.Status, ProfileResponse.Utc(p.CreatedAt), ProfileResponse.Utc(p.UpdatedAt));
}
