using Marketplace.ServiceDefaults.Data;
using Marketplace.ServiceDefaults.Messaging;

namespace Marketplace.ScraperIngest.Api.Extensions;

public static class ServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddScraperIngestServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase("ingestdb", typeof(ServiceCollectionExtensions).Assembly);
        builder.AddMessaging();
        return builder;
    }
}
