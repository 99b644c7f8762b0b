namespace Marketplace.EmergencyDispatch.Api.Apis;

public static class EmergencyDispatchApi
{
    public static IEndpointRouteBuilder MapEmergencyDispatchApi(this IEndpointRouteBuilder app) => app;
}
