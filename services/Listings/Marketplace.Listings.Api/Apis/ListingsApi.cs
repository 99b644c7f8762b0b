namespace Marketplace.Listings.Api.Apis;

public static class ListingsApi
{
    public static IEndpointRouteBuilder MapListingsApi(this IEndpointRouteBuilder app) => app;
}
