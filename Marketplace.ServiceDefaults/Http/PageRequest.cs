namespace Marketplace.ServiceDefaults.Http;

/// <summary>
/// Validated paging (<c>page</c>, <c>page_size</c>) for every list: page from 1, page_size from 1 to the list's
/// maximum, and page × page_size at most <see cref="MaxWindow"/>, so an offset never overflows and a deep page never
/// scans a table (issue #9: page=2147483647 was a 500).
/// </summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public const int MaxWindow = 10_000;

    public int Offset => (Page - 1) * PageSize;

    public int Limit => PageSize;

    /// <summary>The request, or null with the offending field added to <paramref name="errors"/>.</summary>
    public static PageRequest? From(int? page, int? pageSize, IDictionary<string, string[]> errors, int defaultSize = 20, int maxSize = 100)
    {
        var (p, size) = (page ?? 1, pageSize ?? defaultSize);
        if (p < 1)
        {
            errors["page"] = ["page starts at 1."];
        }
        else if (size is < 1 || size > maxSize)
        {
            errors["page_size"] = [$"page_size is 1 to {maxSize}."];
        }
        else if ((long)p * size > MaxWindow)
        {
            errors["page"] = [$"Only the first {MaxWindow} items can be paged through; narrow the query."];
        }
        else
        {
            return new PageRequest(p, size);
        }

        return null;
    }

    public bool HasMore(long total, int returned) => (long)Offset + returned < total;
}
