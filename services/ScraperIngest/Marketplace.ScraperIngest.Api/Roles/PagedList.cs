namespace Marketplace.ScraperIngest.Api.Roles;

/// <summary>The list shape of ARCHITECTURE §3.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, long Total, int Page, int PageSize, bool HasMore);
