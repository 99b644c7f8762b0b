using Marketplace.MarketAnalytics.Api.Apis;
using Marketplace.MarketAnalytics.Api.Consumers;
using Marketplace.MarketAnalytics.Api.Data;
using Marketplace.MarketAnalytics.Api.Reference;
using Marketplace.MarketAnalytics.Api.Workers;
using Marketplace.ServiceDefaults.Data;
using Marketplace.ServiceDefaults.Messaging;

namespace Marketplace.MarketAnalytics.Api.Extensions;

public static class ServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddMarketAnalyticsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase("analyticsdb", typeof(ServiceCollectionExtensions).Assembly);
        builder.AddMessaging(bus =>
        {
            bus.AddConsumer<JobListingPublishedConsumer>();
            bus.AddConsumer<JobListingUpdatedConsumer>();
            bus.AddConsumer<JobListingClosedConsumer>();
            bus.AddConsumer<JobListingExpiredConsumer>();
            bus.AddConsumer<ExternalJobPostingImportedConsumer>();
            bus.AddConsumer<ApplicationSubmittedConsumer>();
            bus.AddConsumer<CandidateHiredConsumer>();
            bus.AddConsumer<EmergencyJobPostedConsumer>();
            bus.AddConsumer<EmergencyJobFilledConsumer>();
            bus.AddConsumer<EmergencyJobExpiredConsumer>();
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => MarketReference.Load(ReferenceFiles.Locate(sp.GetRequiredService<IConfiguration>())));
        builder.Services.AddSingleton<MarketFactsStore>();
        builder.Services.AddSingleton<MarketStatsStore>();
        builder.Services.AddSingleton<DailyAggregator>();
        builder.Services.Configure<AggregationOptions>(builder.Configuration.GetSection("MarketAnalytics:Aggregation"));
        builder.Services.AddHostedService<DailyAggregationWorker>();
        builder.Services.AddMarketAdminPolicy();
        return builder;
    }
}
