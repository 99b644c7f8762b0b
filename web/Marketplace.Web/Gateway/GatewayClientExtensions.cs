using Microsoft.Extensions.Http.Resilience;

namespace Marketplace.Web.Gateway;

internal static class GatewayClientExtensions
{
    /// <summary>
    /// The typed gateway client at "http://gateway" (Aspire's service discovery resolves it; Gateway:Url overrides), with
    /// the standard resilience handler that never retries a POST/PUT/PATCH/DELETE: an application must not be sent twice.
    /// </summary>
    public static IServiceCollection AddGatewayClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<Identity.AccessTokenProvider>();
        var address = new Uri(configuration["Gateway:Url"] ?? $"http://{GatewayClient.ServiceName}");
#pragma warning disable EXTEXP0001 // the documented way to replace the handler ConfigureHttpClientDefaults added
        services.AddHttpClient<GatewayClient>(http => http.BaseAddress = address)
            .RemoveAllResilienceHandlers()
            .AddStandardResilienceHandler(options => options.Retry.DisableForUnsafeHttpMethods());
#pragma warning restore EXTEXP0001
        return services;
    }
}
