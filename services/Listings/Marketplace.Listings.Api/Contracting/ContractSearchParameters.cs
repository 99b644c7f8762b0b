using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Listings.Api.Contracting;

/// <summary>
/// The query string of GET /api/v1/contracts as sent. <c>trade</c> takes job categories or trades, repeated or
/// comma-separated (<c>trade=elevator_mechanic,hvac</c>); values are checked by <see cref="ContractSearchCriteria"/>.
/// </summary>
public sealed record ContractSearchParameters(
    [FromQuery(Name = "trade")] string[]? Trade,
    [FromQuery(Name = "contract_type")] string? ContractType,
    [FromQuery(Name = "region")] string? Region,
    [FromQuery(Name = "state")] string? State,
    [FromQuery(Name = "budget_min")] decimal? BudgetMin,
    [FromQuery(Name = "budget_max")] decimal? BudgetMax,
    [FromQuery(Name = "page")] int? Page,
    [FromQuery(Name = "page_size")] int? PageSize);
