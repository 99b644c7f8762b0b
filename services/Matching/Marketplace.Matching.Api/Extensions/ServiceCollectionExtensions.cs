using Marketplace.Embeddings;
using Marketplace.Matching.Api.Apis;
using Marketplace.Matching.Api.Consumers;
using Marketplace.Matching.Api.Matching;
using Marketplace.Matching.Api.Roles;
using Marketplace.Matching.Api.Workers;
using Marketplace.ServiceDefaults.Data;
using Marketplace.ServiceDefaults.Messaging;
using Marketplace.ServiceDefaults.ReferenceData;
using MassTransit;

namespace Marketplace.Matching.Api.Extensions;

public static class ServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddMatchingServices(this IHostApplicationBuilder builder)
    {
        // A missing or corrupt reference file fails the start, naming it, rather than a healthy-but-broken service.
        ReferenceFiles.Verify(builder.Configuration, "onet/Occupation Data.csv", "onet/Alternate Titles.csv", "onet/Task Statements.csv", "geo/geonames_US_postal_codes.txt", "geo/us_cities_kelvins.csv");
        builder.AddServiceDatabase("matchingdb", typeof(ServiceCollectionExtensions).Assembly);
        builder.AddMessaging(bus =>
        {
            bus.AddConsumer<JobListingPublishedConsumer>();
            bus.AddConsumer<JobListingUpdatedConsumer>();
            bus.AddConsumer<JobListingClosedConsumer>();
            bus.AddConsumer<JobListingExpiredConsumer>();
            bus.AddConsumer<ExternalJobPostingImportedConsumer>();
            bus.AddConsumer<ApplicationSubmittedConsumer>();
        });
        builder.AddEmbeddings();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddUsGeocoder();
        builder.Services.Configure<RoleOptions>(builder.Configuration.GetSection("Matching:Roles"));
        builder.Services.AddSingleton<RoleCatalog>();
        builder.Services.AddSingleton<RoleLinker>();
        builder.Services.AddSingleton<MatchEngine>();
        builder.Services.AddHostedService<JobEmbeddingRefresh>();
        builder.Services.AddHostedService<ProfileEmbeddingRefresh>();
        builder.Services.AddHostedService<RoleVectorRefresh>();
        builder.Services.AddMatchingPolicies();
        return builder;
    }
}
