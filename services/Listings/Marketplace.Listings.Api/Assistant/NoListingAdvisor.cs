using Marketplace.Listings.Api.Data;

namespace Marketplace.Listings.Api.Assistant;

/// <summary>The default: no provider configured, the deterministic rules are the whole answer and nothing calls out.</summary>
public sealed class NoListingAdvisor : IListingAdvisor
{
    public Task<ListingAdvice> AdviseAsync(ListingRow listing, OptimizationResult rules, CancellationToken cancellationToken) =>
        Task.FromResult(ListingAdvice.None);
}
