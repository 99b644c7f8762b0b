namespace Marketplace.Listings.Api.Contracting;

/// <summary>A contract_opportunities row as Dapper reads it.</summary>
public sealed class ContractOpportunityRow
{
    public const string Columns = """
        l.id, l.organization_id, l.title, l.description, l.job_category, l.trade, l.contract_type, l.visibility, l.region,
        l.state_province, l.city, l.budget_min, l.budget_max, l.currency, l.bid_deadline, l.status, l.awarded_bid_id,
        l.published_at, l.awarded_at
        """;

    public Guid Id { get; init; }
    public Guid OrganizationId { get; init; }
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public string JobCategory { get; init; } = "";
    public string Trade { get; init; } = "";
    public string ContractType { get; init; } = "";
    public string Visibility { get; init; } = "";
    public string? Region { get; init; }
    public string? StateProvince { get; init; }
    public string? City { get; init; }
    public decimal BudgetMin { get; init; }
    public decimal BudgetMax { get; init; }
    public string Currency { get; init; } = "";
    public DateTime BidDeadline { get; init; }
    public string Status { get; init; } = "";
    public Guid? AwardedBidId { get; init; }
    public DateTime PublishedAt { get; init; }
    public DateTime? AwardedAt { get; init; }
}
