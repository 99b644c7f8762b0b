using Marketplace.Matching.Api.Consumers;
using Marketplace.ServiceDefaults.Data;
using Marketplace.ServiceDefaults.Messaging;

namespace Marketplace.Matching.Api.Extensions;

public static class ServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddMatchingServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase("matchingdb", typeof(ServiceCollectionExtensions).Assembly);
        builder.AddMessaging(bus => bus.AddConsumer<JobListingPublishedConsumer>());
        return builder;
    }
}
