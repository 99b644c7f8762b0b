using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Marketplace.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    // MassTransit's and YARP's own sources, and one per marketplace service (Marketplace.Listings, ...).
    private static readonly string[] ActivitySources = ["MassTransit", "Yarp.ReverseProxy", "Marketplace.*"];

    // Npgsql's own meter: its package instruments traces only.
    private static readonly string[] Meters = ["MassTransit", "Npgsql", "Marketplace.*"];

    /// <summary>
    /// Traces, metrics and logs through OpenTelemetry.Extensions.Hosting, with the ASP.NET Core, HttpClient, runtime and
    /// Npgsql instrumentation; exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set (the AppHost points it at its
    /// dashboard). Without it, spans are still created and propagated, so trace ids flow through every hop.
    /// </summary>
    public static IHostApplicationBuilder AddMarketplaceTelemetry(this IHostApplicationBuilder builder)
    {
        var identity = ServiceIdentity.From(builder);
        builder.Services.AddSingleton(identity);

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(identity.Name))
            .WithTracing(tracing => tracing
                .AddSource(ActivitySources)
                // Health probes every few seconds would drown the traces that matter.
                .AddAspNetCoreInstrumentation(o => o.Filter = context =>
                    !context.Request.Path.StartsWithSegments("/health") && !context.Request.Path.StartsWithSegments("/alive"))
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddMeter(Meters)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }
}
