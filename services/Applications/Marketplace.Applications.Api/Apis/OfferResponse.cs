using Marketplace.Applications.Api.Data;

namespace Marketplace.Applications.Api.Apis;

public sealed record OfferResponse(
    Guid Id,
    int Revision,
    string PositionTitle,
    string CompensationType,
    decimal Amount,
    string Currency,
    DateOnly? StartDate,
    IReadOnlyList<string> Benefits,
    string? Terms,
    DateTimeOffset? ExpiresAt,
    string Status,
    string? ResponseReason,
    DateTimeOffset? RespondedAt,
    DateTimeOffset UpdatedAt)
{
    public static OfferResponse From(OfferRow o) => new(
        o.Id, o.Revision, o.PositionTitle, o.CompensationType, o.Amount, o.Currency, o.StartDate, o.Benefits, o.Terms,
        ApplicationResponse.Utc(o.ExpiresAt), o.Status, o.ResponseReason, ApplicationResponse.Utc(o.RespondedAt), ApplicationResponse.Utc(o.UpdatedAt));
}
