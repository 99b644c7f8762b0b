namespace Marketplace.Web.Api.Seek;

/// <summary>The API's paging envelope: {items, total, page, page_size, has_more}.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, long Total, int Page, int PageSize, bool HasMore)
{
    /// <summary>The number of pages for <see cref="Total"/> items at <see cref="PageSize"/> a page.</summary>
    public int PageCount => PageSize <= 0 ? 0 : (int)Math.Min(int.MaxValue, (Total + PageSize - 1) / PageSize);
}
