namespace Marketplace.Contracts.Matching;

/// <summary>A canonical role was created in Matching (global, with aliases).</summary>
public sealed record RoleCreated(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RoleId,
    string Name,
    string? Category,
    IReadOnlyList<string> Aliases) : IIntegrationEvent;
