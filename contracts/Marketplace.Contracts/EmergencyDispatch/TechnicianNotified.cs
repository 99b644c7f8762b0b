namespace Marketplace.Contracts.EmergencyDispatch;

/// <summary>A technician was told of an emergency job (once per job and technician), in broadcast wave <see cref="Wave"/>.</summary>
public sealed record TechnicianNotified(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid JobId,
    Guid TechnicianUserId,
    int Wave,
    double DistanceMiles,
    string Channel) : IIntegrationEvent;
