using Marketplace.MarketAnalytics.Api.Consumers;
using Marketplace.ServiceDefaults.Data;
using Marketplace.ServiceDefaults.Messaging;

namespace Marketplace.MarketAnalytics.Api.Extensions;

public static class ServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddMarketAnalyticsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase("analyticsdb", typeof(ServiceCollectionExtensions).Assembly);
        builder.AddMessaging(bus => bus.AddConsumer<JobListingPublishedConsumer>());
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
