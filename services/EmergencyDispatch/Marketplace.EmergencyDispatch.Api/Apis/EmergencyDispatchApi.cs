namespace Marketplace.EmergencyDispatch.Api.Apis;

public static class EmergencyDispatchApi
{
    /// <summary>Every route of the service: jobs, the technician's availability, metrics and the live board.</summary>
    public static WebApplication MapEmergencyDispatchApi(this WebApplication app)
    {
        app.UseWebSockets();
        app.MapEmergencyJobsApi();
        app.MapAvailabilityApi();
        app.MapMetricsApi();
        app.MapBoardSocketApi();
        return app;
    }
}
