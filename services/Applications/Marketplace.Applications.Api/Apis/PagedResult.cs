namespace Marketplace.Applications.Api.Apis;

/// <summary>A page of a list, as every list in the API answers (ARCHITECTURE §3); paging is ServiceDefaults' PageRequest.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, long Total, int Page, int PageSize, bool HasMore);
