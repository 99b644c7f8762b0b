namespace Marketplace.Applications.Api.Apis;

public static class ApplicationsApi
{
    public static IEndpointRouteBuilder MapApplicationsApi(this IEndpointRouteBuilder app) => app;
}
