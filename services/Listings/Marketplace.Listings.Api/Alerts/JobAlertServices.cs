namespace Marketplace.Listings.Api.Alerts;

public static class JobAlertServices
{
    /// <summary>The alerts store, the matcher and its background worker ("JobAlerts" settings).</summary>
    public static IHostApplicationBuilder AddJobAlerts(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<JobAlertOptions>(builder.Configuration.GetSection("JobAlerts"));
        builder.Services.AddSingleton<JobAlertStore>();
        builder.Services.AddSingleton<JobAlertMatcher>();
        builder.Services.AddHostedService<JobAlertWorker>();
        return builder;
    }
}
