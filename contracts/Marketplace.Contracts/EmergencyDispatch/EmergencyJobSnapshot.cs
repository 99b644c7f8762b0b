namespace Marketplace.Contracts.EmergencyDispatch;

/// <summary>An emergency job as consumers see it (enum-like fields as lower snake_case strings).</summary>
public sealed record EmergencyJobSnapshot(
    string Title,
    string JobCategory,
    string? City,
    string? StateProvince,
    string? Country,
    double Latitude,
    double Longitude,
    DateOnly DateNeeded,
    decimal PayRate,
    string PayType,
    string Currency,
    IReadOnlyList<string> RequiredSkills,
    IReadOnlyList<string> RequiredCertifications,
    DateTimeOffset PostedAt,
    DateTimeOffset ExpiresAt);
