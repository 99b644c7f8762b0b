using Marketplace.ServiceDefaults.Data;
using Marketplace.ServiceDefaults.Messaging;

namespace Marketplace.EmergencyDispatch.Api.Extensions;

public static class ServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddEmergencyDispatchServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase("dispatchdb", typeof(ServiceCollectionExtensions).Assembly);
        builder.AddMessaging();
        return builder;
    }
}
