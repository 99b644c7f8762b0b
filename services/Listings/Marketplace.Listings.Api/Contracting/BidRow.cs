namespace Marketplace.Listings.Api.Contracting;

/// <summary>A contract_bids row as Dapper reads it.</summary>
public sealed class BidRow
{
    public const string Columns = """
        b.id, b.opportunity_id, b.bidder_organization_id, b.amount, b.currency, b.message, b.proposed_start, b.status, b.created_at
        """;

    public Guid Id { get; init; }
    public Guid OpportunityId { get; init; }
    public Guid BidderOrganizationId { get; init; }
    public decimal Amount { get; init; }
    public string Currency { get; init; } = "";
    public string? Message { get; init; }
    // Npgsql 10 reads a date column as DateOnly.
    public DateOnly? ProposedStart { get; init; }
    public string Status { get; init; } = "";
    public DateTime CreatedAt { get; init; }
}
