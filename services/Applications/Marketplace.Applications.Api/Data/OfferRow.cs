namespace Marketplace.Applications.Api.Data;

public sealed class OfferRow
{
    public Guid Id { get; init; }
    public Guid ApplicationId { get; init; }
    public int Revision { get; init; }
    public string PositionTitle { get; init; } = "";
    public string CompensationType { get; init; } = "";
    public decimal Amount { get; init; }
    public string Currency { get; init; } = "";
    public DateOnly? StartDate { get; init; }
    public string[] Benefits { get; init; } = [];
    public string? Terms { get; init; }
    public DateTime? ExpiresAt { get; init; }
    public string Status { get; init; } = "";
    public string? ResponseReason { get; init; }
    public DateTime? RespondedAt { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
}
