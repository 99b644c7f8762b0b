namespace Marketplace.Web.Api.Emergency;

/// <summary>A page of emergency jobs ({items, total, page, page_size, has_more}).</summary>
public sealed record JobPage(IReadOnlyList<EmergencyJob> Items, long Total, int Page, int PageSize, bool HasMore);
