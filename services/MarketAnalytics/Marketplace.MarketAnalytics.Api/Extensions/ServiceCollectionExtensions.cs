using Marketplace.MarketAnalytics.Api.Apis;
using Marketplace.MarketAnalytics.Api.Consumers;
using Marketplace.MarketAnalytics.Api.Data;
using Marketplace.MarketAnalytics.Api.Reference;
using Marketplace.MarketAnalytics.Api.Workers;
using Marketplace.ServiceDefaults.Data;
using Marketplace.ServiceDefaults.Messaging;
using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.MarketAnalytics.Api.Extensions;

public static class ServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddMarketAnalyticsServices(this IHostApplicationBuilder builder)
    {
        // A missing or corrupt reference file fails the start, naming it, rather than a healthy-but-broken service.
        ReferenceFiles.Verify(builder.Configuration, "onet/Occupation Data.csv", "onet/Alternate Titles.csv", "oews/oews_national_M2024.csv", "geo/geonames_US_postal_codes.txt", "geo/us_cities_kelvins.csv");
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
        builder.Services.AddSingleton(sp => MarketReference.Load(ReferenceFiles.RequireDirectory(sp.GetRequiredService<IConfiguration>())));
        builder.Services.AddSingleton<MarketFactsStore>();
        builder.Services.AddSingleton<MarketStatsStore>();
        builder.Services.AddSingleton<DailyAggregator>();
        builder.Services.Configure<AggregationOptions>(builder.Configuration.GetSection("MarketAnalytics:Aggregation"));
        builder.Services.AddHostedService<DailyAggregationWorker>();
        builder.Services.AddMarketAdminPolicy();
        return builder;
    }
}
