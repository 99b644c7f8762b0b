using Marketplace.ServiceDefaults.Data;
using Marketplace.ServiceDefaults.Messaging;

namespace Marketplace.Listings.Api.Extensions;

public static class ServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddListingsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase("listingsdb", typeof(ServiceCollectionExtensions).Assembly);
        builder.AddMessaging();
        return builder;
    }
}
