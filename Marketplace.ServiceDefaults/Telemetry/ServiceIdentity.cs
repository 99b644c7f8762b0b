using Microsoft.Extensions.Hosting;

namespace Marketplace.ServiceDefaults.Telemetry;

/// <summary>
/// The service's short name ("listings", "gateway"): OTEL_SERVICE_NAME when the AppHost sets it, otherwise
/// derived from the assembly ("Marketplace.Listings.Api" → "listings"). Names queues, traces and metrics.
/// </summary>
public sealed record ServiceIdentity(string Name)
{
    public static ServiceIdentity From(IHostApplicationBuilder builder)
    {
        var configured = builder.Configuration["OTEL_SERVICE_NAME"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new ServiceIdentity(configured);
        }

        var parts = builder.Environment.ApplicationName.Split('.');
        var name = parts.Length >= 2 ? parts[1] : parts[0];
        return new ServiceIdentity(System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(name));
    }
}
