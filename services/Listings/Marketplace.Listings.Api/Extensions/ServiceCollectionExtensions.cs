using Marketplace.Listings.Api.Assistant;
using Marketplace.Listings.Api.Background;
using Marketplace.Listings.Api.Consumers;
using Marketplace.Listings.Api.Data;
using Marketplace.Listings.Api.Domain;
using Marketplace.Embeddings;
using Marketplace.Listings.Api.Search;
using Marketplace.ServiceDefaults.Data;
using Marketplace.ServiceDefaults.Messaging;
using Marketplace.ServiceDefaults.Resilience;
using MassTransit;
using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.Listings.Api.Extensions;

public static class ServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddListingsServices(this IHostApplicationBuilder builder)
    {
        // A missing or corrupt reference file fails the start, naming it, rather than a healthy-but-broken service.
        ReferenceFiles.Verify(builder.Configuration,
            "onet/Alternate Titles.csv", "oews/oews_national_M2024.csv", "geo/geonames_US_postal_codes.txt", "geo/us_cities_kelvins.csv");
        builder.AddServiceDatabase("listingsdb", typeof(ServiceCollectionExtensions).Assembly);
        builder.AddMessaging(bus =>
        {
            bus.AddConsumer<ExternalJobPostingImportedConsumer>();
            bus.AddConsumer<ApplicationSubmittedConsumer>();
            bus.AddConsumer<ApplicationWithdrawnConsumer>();
            bus.AddConsumer<ApplicationStatusChangedConsumer>();
            bus.AddConsumer<CandidateHiredConsumer>();
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ListingStore>();
        builder.Services.AddSingleton<CategoryGuess>();
        builder.Services.AddSingleton(sp => BlsWages.Load(ReferenceFiles.RequireDirectory(sp.GetService<IConfiguration>())));
        builder.Services.AddSingleton<ListingOptimizer>();
        builder.AddListingAdvisor();
        builder.AddEmbeddings();
        builder.Services.AddHostedService<ListingEmbeddingRefresh>();
        builder.Services.Configure<SearchOptions>(builder.Configuration.GetSection("Search"));
        builder.Services.AddSingleton<HybridSearch>();
        builder.Services.AddUsGeocoder();
        builder.Services.Configure<ListingLifecycleOptions>(builder.Configuration.GetSection("Listings:Lifecycle"));
        builder.Services.AddSingleton<ListingLifecycleSweep>();
        builder.Services.AddHostedService<ListingLifecycleWorker>();
        Alerts.JobAlertServices.AddJobAlerts(builder);
        return builder;
    }

    /// <summary>No advisor by default; "Assistant:Provider" = "openai" adds an OpenAI-compatible chat endpoint's advice to the rules.</summary>
    private static void AddListingAdvisor(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<AssistantOptions>(builder.Configuration.GetSection("Assistant"));
        if (string.Equals(builder.Configuration["Assistant:Provider"], "openai", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddHttpClient<IListingAdvisor, OpenAiListingAdvisor>((sp, http) =>
                http.Timeout = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<AssistantOptions>>().Value.Timeout)
                .AddModelEndpointResilienceHandler(builder.Configuration.GetValue("Assistant:Timeout", TimeSpan.FromSeconds(5)));
        }
        else
        {
            builder.Services.AddSingleton<IListingAdvisor, NoListingAdvisor>();
        }
    }
}
