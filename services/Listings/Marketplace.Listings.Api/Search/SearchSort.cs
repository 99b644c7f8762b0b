namespace Marketplace.Listings.Api.Search;

public enum SearchSort
{
    Relevance,
    PostedDate,
    Salary,
    Distance,
}
