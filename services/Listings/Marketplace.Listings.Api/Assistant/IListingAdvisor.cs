using Marketplace.Listings.Api.Data;

namespace Marketplace.Listings.Api.Assistant;

/// <summary>
/// Extra advice on a listing beyond the deterministic rules. Implementations never throw for a provider failure:
/// they answer <see cref="ListingAdvice.None"/> so the optimize request still succeeds (ARCHITECTURE: a missing
/// provider never breaks a request).
/// </summary>
public interface IListingAdvisor
{
    Task<ListingAdvice> AdviseAsync(ListingRow listing, OptimizationResult rules, CancellationToken cancellationToken);
}
