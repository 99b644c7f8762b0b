namespace Marketplace.Web.Api.Hiring;

/// <summary>A page of a list as every list in the API answers it: {items, total, page, page_size, has_more}.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, long Total, int Page, int PageSize, bool HasMore);
