namespace Marketplace.Matching.Api.Apis;

/// <summary>The paging envelope of every list: {items, total, page, page_size, has_more}.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, long Total, int Page, int PageSize, bool HasMore);
