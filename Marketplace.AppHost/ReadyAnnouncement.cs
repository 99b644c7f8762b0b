using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Marketplace.AppHost;

/// <summary>Prints the web app's, the gateway's and the dashboard's addresses once every health-checked resource is healthy, and how long that took.</summary>
internal sealed partial class ReadyAnnouncement(
    DistributedApplicationModel model, ResourceNotificationService notifications, AppHostOptions options, ILogger<ReadyAnnouncement> logger)
    : BackgroundService
{
    public const string Message = "All resources are healthy.";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _ = Task.Run(() => LogStateChangesAsync(stoppingToken), stoppingToken);
        var checkedResources = model.Resources.Where(r => r.Annotations.OfType<HealthCheckAnnotation>().Any()).ToList();
        try
        {
            await Task.WhenAll(checkedResources.Select(r => notifications.WaitForResourceHealthyAsync(r.Name, stoppingToken)));
        }
        catch (OperationCanceledException)
        {
            return;
        }

        LogReady(logger, checkedResources.Count, (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalSeconds,
            $"http://127.0.0.1:{options.WebPort}", $"http://127.0.0.1:{options.GatewayPort}", $"http://127.0.0.1:{options.DashboardPort}");
    }

    /// <summary>One console line per resource state or health change, so the terminal tells the start-up story.</summary>
    private async Task LogStateChangesAsync(CancellationToken stoppingToken)
    {
        var last = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            await foreach (var change in notifications.WatchAsync(stoppingToken))
            {
                if (change.Snapshot.IsHidden)
                {
                    continue;
                }

                var state = $"{change.Snapshot.State?.Text ?? "-"} {change.Snapshot.HealthStatus?.ToString() ?? ""}".Trim();
                if (!last.TryGetValue(change.Resource.Name, out var previous) || previous != state)
                {
                    last[change.Resource.Name] = state;
                    LogState(logger, change.Resource.Name, state);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Resource}: {State}")]
    private static partial void LogState(ILogger logger, string resource, string state);

    [LoggerMessage(Level = LogLevel.Information,
        Message = Message + " {Count} resources, {Seconds:F1} s after the AppHost started. Web app: {WebUrl} · Gateway: {GatewayUrl} · "
                  + "Dashboard: {DashboardUrl} (Ctrl+C stops everything)")]
    private static partial void LogReady(ILogger logger, int count, double seconds, string webUrl, string gatewayUrl, string dashboardUrl);
}

public static class ReadyAnnouncementExtensions
{
    public static IDistributedApplicationBuilder AnnounceWhenHealthy(this IDistributedApplicationBuilder builder, AppHostOptions options)
    {
        builder.Services.AddSingleton(options);
        builder.Services.AddHostedService<ReadyAnnouncement>();
        return builder;
    }
}
