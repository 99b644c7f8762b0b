namespace Marketplace.Applications.Api.Apis;

/// <summary>A page of a list, as every list in the API answers (ARCHITECTURE §3).</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, long Total, int Page, int PageSize, bool HasMore);

/// <summary>page (from 1) and page_size (1–100), validated; the offset is a long, so page=2147483647 is an empty page, not an overflow.</summary>
public readonly record struct PageRequest(int Page, int PageSize)
{
    public long Offset => (Page - 1L) * PageSize;

    public static (PageRequest Request, Dictionary<string, string[]>? Errors) From(int? page, int? pageSize)
    {
        var request = new PageRequest(page ?? 1, pageSize ?? 20);
        if (request.Page < 1)
        {
            return (request, new() { ["page"] = ["page starts at 1."] });
        }

        return request.PageSize is < 1 or > 100 ? (request, new() { ["page_size"] = ["page_size is 1 to 100."] }) : (request, null);
    }

    public PagedResult<T> Of<T>(IReadOnlyList<T> items, long total) => new(items, total, Page, PageSize, Offset + items.Count < total);
}
