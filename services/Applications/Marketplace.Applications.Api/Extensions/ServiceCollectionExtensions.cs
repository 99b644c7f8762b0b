using Marketplace.Applications.Api.Apis;
using Marketplace.Applications.Api.Consumers;
using Marketplace.Applications.Api.Data;
using Marketplace.Applications.Api.Interviewing;
using Marketplace.Applications.Api.Tracker;
using Marketplace.Applications.Api.Workers;
using Marketplace.ServiceDefaults.ReferenceData;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Marketplace.ServiceDefaults.Data;
using Marketplace.ServiceDefaults.Messaging;

namespace Marketplace.Applications.Api.Extensions;

public static class ServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddApplicationsServices(this IHostApplicationBuilder builder)
    {
        // A missing or corrupt reference file fails the start, naming it, rather than a healthy-but-broken service.
        ReferenceFiles.Verify(builder.Configuration, "onet/Occupation Data.csv", "onet/Task Statements.csv", "onet/Skills.csv", "onet/Technology Skills.csv");
        builder.AddServiceDatabase("applicationsdb", typeof(ServiceCollectionExtensions).Assembly);
        builder.AddMessaging(bus =>
        {
            bus.AddConsumer<JobListingPublishedConsumer>();
            bus.AddConsumer<JobListingUpdatedConsumer>();
            bus.AddConsumer<JobListingClosedConsumer>();
            bus.AddConsumer<JobListingExpiredConsumer>();
            bus.AddConsumer<CandidateProfileUpdatedConsumer>();
            bus.AddConsumer<ApplicationScoredConsumer>();
        });
        builder.Services.AddApplicationsPolicies();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ApplicationStore>();
        builder.Services.Configure<OfferExpiryOptions>(builder.Configuration.GetSection("Applications:OfferExpiry"));
        builder.Services.AddSingleton<OfferExpirySweep>();
        builder.Services.AddHostedService<OfferExpiryWorker>();
        builder.Services.AddSingleton<TrackerStore>();
        builder.AddInterviewQuestions();
        return builder;
    }

    /// <summary>
    /// Local O*NET questions always; "InterviewQuestions:Provider" = "openai" adds an OpenAI-compatible chat endpoint
    /// (Endpoint, Model, ApiKey) through IChatClient.
    /// </summary>
    private static void AddInterviewQuestions(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<InterviewQuestionOptions>(builder.Configuration.GetSection("InterviewQuestions"));
        builder.Services.AddSingleton(sp => OnetData.Load(ReferenceFiles.RequireDirectory(sp.GetService<IConfiguration>())));
        builder.Services.AddSingleton<LocalInterviewQuestions>();
        builder.Services.AddSingleton<InterviewQuestionService>();
        if (string.Equals(builder.Configuration["InterviewQuestions:Provider"], "openai", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddChatClient(sp =>
            {
                var o = sp.GetRequiredService<IOptions<InterviewQuestionOptions>>().Value;
                var client = new OpenAI.OpenAIClient(
                    new System.ClientModel.ApiKeyCredential(o.ApiKey ?? "unused"),
                    new OpenAI.OpenAIClientOptions { Endpoint = o.Endpoint is null ? null : new Uri(o.Endpoint), NetworkTimeout = o.Timeout });
                return client.GetChatClient(o.Model).AsIChatClient();
            });
        }
    }

    public static WebApplication MapApplicationsEndpoints(this WebApplication app)
    {
        app.MapApplyApi();
        app.MapApplicationsApi();
        app.MapInterviewsApi();
        app.MapOffersApi();
        app.MapInterviewQuestionsApi();
        app.MapTrackerApi();
        return app;
    }
}
