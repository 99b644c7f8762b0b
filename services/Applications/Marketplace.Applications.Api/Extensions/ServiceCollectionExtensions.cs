using Marketplace.Applications.Api.Apis;
using Marketplace.Applications.Api.Consumers;
using Marketplace.Applications.Api.Data;
using Marketplace.Applications.Api.Workers;
using Marketplace.ServiceDefaults.Data;
using Marketplace.ServiceDefaults.Messaging;

namespace Marketplace.Applications.Api.Extensions;

public static class ServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddApplicationsServices(this IHostApplicationBuilder builder)
    {
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
        return builder;
    }

    public static WebApplication MapApplicationsEndpoints(this WebApplication app)
    {
        app.MapApplyApi();
        app.MapApplicationsApi();
        app.MapInterviewsApi();
        app.MapOffersApi();
        return app;
    }
}
