namespace Marketplace.Contracts.Applications;

/// <summary>An offer was extended (or revised: same <see cref="OfferId"/>, higher <see cref="Revision"/>).</summary>
public sealed record OfferExtended(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OfferId,
    int Revision,
    Guid ApplicationId,
    Guid JobId,
    Guid OrganizationId,
    Guid ApplicantUserId,
    string CompensationType,
    decimal Amount,
    string Currency,
    DateOnly? StartDate,
    DateTimeOffset? ExpiresAt) : IIntegrationEvent;
