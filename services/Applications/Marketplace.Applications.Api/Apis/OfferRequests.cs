namespace Marketplace.Applications.Api.Apis;

/// <summary>POST or PUT …/offer: the offer's terms. <see cref="ExpiresAt"/> (UTC, future) makes it expire by itself.</summary>
public sealed record OfferRequest(
    string? PositionTitle,
    string? CompensationType,
    decimal? Amount,
    string? Currency,
    DateOnly? StartDate,
    IReadOnlyList<string?>? Benefits,
    string? Terms,
    DateTimeOffset? ExpiresAt);

/// <summary>POST …/offer/respond: accepted, declined (with a reason) or counter_requested (with what is asked for).</summary>
public sealed record OfferReplyRequest(string? Response, string? Reason);
