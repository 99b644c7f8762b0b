namespace Marketplace.Matching.Api.Apis;

/// <summary>page (1–10,000) and page_size (1–100), validated once; an out-of-range value is a 400 naming the parameter.</summary>
public readonly record struct Paging(int Page, int Size)
{
    public const int MaxPage = 10_000;

    public int Offset => (Page - 1) * Size;

    public static (Paging Paging, Dictionary<string, string[]>? Errors) From(int? page, int? pageSize)
    {
        var p = page ?? 1;
        var size = pageSize ?? 20;
        if (p is < 1 or > MaxPage)
        {
            return (default, new() { ["page"] = [$"page is 1 to {MaxPage}."] });
        }

        if (size is < 1 or > 100)
        {
            return (default, new() { ["page_size"] = ["page_size is 1 to 100."] });
        }

        return (new Paging(p, size), null);
    }

    public PagedList<T> Envelope<T>(IReadOnlyList<T> items, long total) => new(items, total, Page, Size, (long)Page * Size < total);
}
