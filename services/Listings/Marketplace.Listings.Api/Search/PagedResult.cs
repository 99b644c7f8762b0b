namespace Marketplace.Listings.Api.Search;

/// <summary>A page of a list, as every list in the API answers (ARCHITECTURE §3).</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, long Total, int Page, int PageSize, bool HasMore);
