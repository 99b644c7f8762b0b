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
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

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
        builder.AddMatchExplanations();
        return builder;
    }

    /// <summary>
    /// Deterministic explanations always; "Matching:Explanations:Provider" = "openai" lets an OpenAI-compatible chat
    /// endpoint (Endpoint, Model, ApiKey) reword them through IChatClient, never blocking a score.
    /// </summary>
    private static void AddMatchExplanations(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<ExplanationOptions>(builder.Configuration.GetSection("Matching:Explanations"));
        builder.Services.AddSingleton<MatchExplainer>();
        if (string.Equals(builder.Configuration["Matching:Explanations:Provider"], "openai", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddChatClient(sp =>
            {
                var o = sp.GetRequiredService<IOptions<ExplanationOptions>>().Value;
                var client = new OpenAI.OpenAIClient(
                    new System.ClientModel.ApiKeyCredential(o.ApiKey ?? "unused"),
                    new OpenAI.OpenAIClientOptions { Endpoint = o.Endpoint is null ? null : new Uri(o.Endpoint), NetworkTimeout = o.Timeout });
                return client.GetChatClient(o.Model).AsIChatClient();
            });
        }
    }
}
