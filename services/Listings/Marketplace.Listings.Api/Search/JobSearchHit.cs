using Marketplace.Listings.Api.Apis;

namespace Marketplace.Listings.Api.Search;

public sealed record JobSearchHit(JobListingResponse Listing, SearchMatch Match);
