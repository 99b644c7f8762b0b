using Dapper;
using Marketplace.EmergencyDispatch.Api.Broadcast;
using Marketplace.EmergencyDispatch.Api.Data;
using Marketplace.EmergencyDispatch.Api.Geo;
using Marketplace.EmergencyDispatch.Api.Realtime;
using Marketplace.EmergencyDispatch.Api.Workers;
using Marketplace.ServiceDefaults.Caching;
using Marketplace.ServiceDefaults.Data;
using Marketplace.ServiceDefaults.Messaging;
using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.EmergencyDispatch.Api.Extensions;

public static class ServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddEmergencyDispatchServices(this IHostApplicationBuilder builder)
    {
        // A missing or corrupt reference file fails the start, naming it, rather than a healthy-but-broken service.
        ReferenceFiles.Verify(builder.Configuration, "geo/geonames_US_postal_codes.txt", "geo/us_cities_kelvins.csv");
        builder.AddServiceDatabase("dispatchdb", typeof(ServiceCollectionExtensions).Assembly);
        SqlMapper.AddTypeHandler(new DateTimeOffsetTypeHandler());
        builder.AddMessaging();
        builder.AddRedis("cache");
        builder.Services.Configure<DispatchOptions>(builder.Configuration.GetSection("Dispatch"));
        builder.Services.AddDispatchPolicies();
        builder.Services.AddAccessTokenFromQuery(Apis.BoardSocketApi.Path);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddUsGeocoder();
        builder.Services.AddSingleton<AvailabilityStore>();
        builder.Services.AddSingleton<EmergencyJobStore>();
        builder.Services.AddSingleton<MetricsStore>();
        builder.Services.AddSingleton<TechnicianGeoIndex>();
        builder.Services.AddSingleton<Broadcaster>();
        builder.Services.AddSingleton<BoardConnections>();
        builder.Services.AddSingleton<BoardFanout>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<BoardFanout>());
        builder.Services.AddHostedService<ExpiryWorker>();
        builder.Services.AddHostedService<EscalationWorker>();
        return builder;
    }
}
