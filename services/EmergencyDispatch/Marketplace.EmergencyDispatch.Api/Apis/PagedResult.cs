namespace Marketplace.EmergencyDispatch.Api.Apis;

/// <summary>The paging envelope of ARCHITECTURE §3.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, long Total, int Page, int PageSize, bool HasMore);
