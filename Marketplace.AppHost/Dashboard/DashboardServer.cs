using System.Net;
using Marketplace.AppHost.Hosting.Processes;
using Marketplace.AppHost.Model;

namespace Marketplace.AppHost.Dashboard;

/// <summary>The developer's window on the topology: an HTML page and a small JSON API on 127.0.0.1.</summary>
public sealed class DashboardServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly HealthMonitor health;

    private DashboardServer(WebApplication app, HealthMonitor health, int port)
    {
        this.app = app;
        this.health = health;
        Url = $"http://127.0.0.1:{port}";
    }

    public string Url { get; }

    public static async Task<DashboardServer> StartAsync(int port, IReadOnlyList<ResourceNode> nodes)
    {
        if (!FreePorts.IsFree(port))
        {
            throw new InvalidOperationException($"dashboard: port {port} on 127.0.0.1 is already in use (use --dashboard-port)");
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
        });
        builder.Services.AddProblemDetails();
        var health = new HealthMonitor(nodes);
        var app = builder.Build();
        app.MapDashboardApi(nodes, health);
        await app.StartAsync();
        return new DashboardServer(app, health, port);
    }

    public Task MonitorHealthUntilAsync(CancellationToken stop) => health.RunUntilAsync(stop);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(TimeSpan.FromSeconds(2));
        await app.DisposeAsync();
    }
}
