using Marketplace.ScraperIngest.Api.Apis;
using Marketplace.ScraperIngest.Api.Consumers;
using Marketplace.ScraperIngest.Api.Domain;
using Marketplace.ScraperIngest.Api.Import;
using Marketplace.ScraperIngest.Api.Keys;
using Marketplace.ScraperIngest.Api.Queue;
using Marketplace.ScraperIngest.Api.Roles;
using Marketplace.ServiceDefaults.Data;
using Marketplace.ServiceDefaults.Messaging;
using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.ScraperIngest.Api.Extensions;

public static class ServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddScraperIngestServices(this IHostApplicationBuilder builder)
    {
        // A missing or corrupt reference file fails the start, naming it, rather than a healthy-but-broken service.
        ReferenceFiles.Verify(builder.Configuration,
            "onet/Alternate Titles.csv", "onet/Occupation Data.csv", "onet/Technology Skills.csv",
            "geo/geonames_US_postal_codes.txt", "geo/us_cities_kelvins.csv");
        builder.AddServiceDatabase("ingestdb", typeof(ServiceCollectionExtensions).Assembly);
        builder.AddMessaging(bus =>
        {
            bus.AddConsumer<CandidateRoleLinkedConsumer>();
            bus.AddConsumer<RoleCreatedConsumer>();
        });

        var services = builder.Services;
        services.Configure<QueueOptions>(builder.Configuration.GetSection("Queue"));
        services.Configure<ImportOptions>(builder.Configuration.GetSection("Import"));
        services.AddSingleton(TimeProvider.System);
        services.AddScraperPolicies();

        // Registered after AddServiceDatabase, so it starts once the migrations are applied.
        services.AddHostedService<RoleSeeder>();
        services.AddHostedService<SessionTimeoutSweeper>();

        services.AddSingleton<ScraperKeyStore>();
        services.AddSingleton<ScrapeQueue>();
        services.AddSingleton<RoleStore>();

        services.AddUsGeocoder();
        services.AddSingleton(sp => SkillVocabularyLoader.Load(ReferenceFiles.RequireDirectory(sp.GetService<IConfiguration>())));
        services.AddSingleton<LocationParser>();
        services.AddSingleton<SkillExtractor>();
        services.AddSingleton<PostingParser>();
        services.AddSingleton<BatchParser>();
        services.AddSingleton<PostingWriter>();
        services.AddSingleton<ImportService>();
        return builder;
    }
}
