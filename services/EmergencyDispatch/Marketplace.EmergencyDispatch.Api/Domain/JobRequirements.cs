namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>What the qualification filter needs to know of a job.</summary>
public sealed record JobRequirements(
    Guid OrganizationId,
    string? Region,
    string JobCategory,
    JobVisibility Visibility,
    DateOnly DateNeeded,
    IReadOnlyList<string> RequiredSkills,
    IReadOnlyList<string> RequiredCertifications,
    decimal PayRate,
    PayType PayType,
    string Currency);
