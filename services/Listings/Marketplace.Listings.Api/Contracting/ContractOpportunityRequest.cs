using Marketplace.Listings.Api.Domain;

namespace Marketplace.Listings.Api.Contracting;

/// <summary>
/// The body of POST /api/v1/contracts. Everything is nullable so that a missing field is reported by
/// <see cref="ContractValidator"/> by name rather than by the JSON reader.
/// </summary>
public sealed record ContractOpportunityRequest
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public JobCategory? Trade { get; init; }
    public ContractType? ContractType { get; init; }
    public string? Region { get; init; }
    public string? StateProvince { get; init; }
    public string? City { get; init; }
    public decimal? BudgetMin { get; init; }
    public decimal? BudgetMax { get; init; }
    public string? Currency { get; init; }
    public DateTimeOffset? BidDeadline { get; init; }
    public ListingVisibility? Visibility { get; init; }
}
