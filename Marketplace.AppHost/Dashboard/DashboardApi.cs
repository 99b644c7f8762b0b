using System.Collections.Concurrent;
using Marketplace.AppHost.Hosting.Resources;
using Marketplace.AppHost.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.AppHost.Dashboard;

/// <summary>
/// The dashboard's routes. Commands (stop, start, restart) are Aspire's dashboard commands; they answer when the
/// resource has stopped, or is healthy again, so that a test can stop RabbitMQ mid-run and await its return.
/// </summary>
public static class DashboardApi
{
    public static WebApplication MapDashboardApi(this WebApplication app, IReadOnlyList<ResourceNode> nodes, HealthMonitor health)
    {
        var byName = nodes.ToDictionary(n => n.Resource.Name, StringComparer.Ordinal);
        var gates = new ConcurrentDictionary<string, SemaphoreSlim>(StringComparer.Ordinal);

        app.MapGet("/", () => Results.Content(DashboardPage.Html, "text/html; charset=utf-8"));
        app.MapGet("/api/resources", () => TypedResults.Ok(nodes.Select(n => View(n, health, 30))));
        app.MapGet("/api/resources/{name}", Results<Ok<ResourceView>, NotFound> (string name, int? lines) =>
            byName.TryGetValue(name, out var node) ? TypedResults.Ok(View(node, health, lines ?? 200)) : TypedResults.NotFound());
        app.MapGet("/api/resources/{name}/health", async Task<Results<Ok<ResourceView>, NotFound>> (string name, CancellationToken ct) =>
        {
            if (!byName.TryGetValue(name, out var node))
            {
                return TypedResults.NotFound();
            }

            await health.ProbeAsync(node.Resource, ct);
            return TypedResults.Ok(View(node, health, 0));
        });
        app.MapPost("/api/resources/{name}/{command}", async Task<Results<Ok<ResourceView>, NotFound, ProblemHttpResult>> (
            string name, string command) =>
        {
            if (!byName.TryGetValue(name, out var node) || command is not ("stop" or "start" or "restart"))
            {
                return TypedResults.NotFound();
            }

            var gate = gates.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
            await gate.WaitAsync();
            try
            {
                if (command is "stop" or "restart")
                {
                    await node.Resource.StopAsync();
                }

                if (command is "start" or "restart")
                {
                    await node.Resource.StartAsync(CancellationToken.None);
                    await health.ProbeAsync(node.Resource, CancellationToken.None);
                }

                return TypedResults.Ok(View(node, health, 0));
            }
            catch (ResourceStartException ex)
            {
                return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            finally
            {
                gate.Release();
            }
        });
        return app;
    }

    private static ResourceView View(ResourceNode node, HealthMonitor health, int lines)
    {
        var r = node.Resource;
        return new ResourceView(r.Name, r.Kind, r.State.ToString().ToLowerInvariant(), r.Pid, r.Endpoint, health.LastResult(r),
            r.Restarts, r.StartedAt, node.WaitsFor.Select(d => d.Resource.Name).ToList(), r.Logs.Tail(lines));
    }
}
