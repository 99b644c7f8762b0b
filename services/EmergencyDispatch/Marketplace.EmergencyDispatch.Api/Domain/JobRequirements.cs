namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>What the qualification filter needs to know of a job (visibility is decided in SQL, before it runs).</summary>
public sealed record JobRequirements(
    string JobCategory,
    DateOnly DateNeeded,
    IReadOnlyList<string> RequiredSkills,
    IReadOnlyList<string> RequiredCertifications,
    decimal PayRate,
    PayType PayType,
    string Currency);
