using Marketplace.Contracts.Listings;
using Marketplace.MarketAnalytics.Api.Domain;
using Marketplace.MarketAnalytics.Api.Reference;

namespace Marketplace.MarketAnalytics.Api.Consumers;

/// <summary>A listing event's snapshot as a posting fact: its category's occupation, its place, its pay per year.</summary>
public static class ListingFacts
{
    public static PostingFact From(
        MarketReference reference, Guid listingId, JobListingSnapshot listing, DateTimeOffset occurredAt,
        DateOnly? closedOn = null, DateTimeOffset? filledAt = null) =>
        new(
            listingId,
            PostingFact.Listing,
            reference.RoleOfCategory(listing.JobCategory),
            reference.Locations.FromFields(listing.City, listing.StateProvince, listing.Country),
            PayNormalization.Range(listing.SalaryMin, listing.SalaryMax, listing.CompensationType),
            PostingFact.NormalizeSkills((listing.RequiredSkills ?? []).Concat(listing.PreferredSkills ?? [])),
            listing.PublishedAt ?? occurredAt,
            occurredAt,
            closedOn,
            filledAt);
}
