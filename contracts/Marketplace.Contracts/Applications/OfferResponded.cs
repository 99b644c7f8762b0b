namespace Marketplace.Contracts.Applications;

/// <summary>The applicant answered an offer: <see cref="Response"/> is "accepted", "declined" or "counter_requested"; or it "expired".</summary>
public sealed record OfferResponded(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OfferId,
    Guid ApplicationId,
    Guid JobId,
    Guid OrganizationId,
    Guid ApplicantUserId,
    string Response,
    string? Reason) : IIntegrationEvent;
