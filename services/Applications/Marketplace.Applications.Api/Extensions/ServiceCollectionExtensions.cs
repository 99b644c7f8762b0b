using Marketplace.Applications.Api.Consumers;
using Marketplace.ServiceDefaults.Data;
using Marketplace.ServiceDefaults.Messaging;

namespace Marketplace.Applications.Api.Extensions;

public static class ServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddApplicationsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase("applicationsdb", typeof(ServiceCollectionExtensions).Assembly);
        builder.AddMessaging(bus => bus.AddConsumer<JobListingPublishedConsumer>());
        return builder;
    }
}
