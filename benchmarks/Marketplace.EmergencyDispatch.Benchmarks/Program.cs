using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using Dapper;
using Marketplace.EmergencyDispatch.Api.Geo;
using Marketplace.ServiceDefaults.Http;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Marketplace.EmergencyDispatch.Benchmarks;

/// <summary>
/// Issue #12's performance check: N technicians on call around Chicago (all within the job's 25-mile radius, all
/// qualified: the worst case), one dispatcher posting emergency jobs one after another. Each run measures from the
/// POST to the moment both hold: the POST has answered (every notice, TechnicianNotified and NotificationRequested
/// committed) and the farthest technician's WebSocket has received new_emergency_job (Redis pub/sub fan-out). Both the
/// POST and the WebSocket go through the real gateway (JWT validation, rate limiting, YARP forwarding), as in production.
/// Before each POST the outbox relay is allowed to finish publishing the previous job's events (its time is printed
/// as "relay s"), so a run measures one broadcast rather than the previous run's backlog competing for the 2 cores.
/// Target: p95 ≤ 500 ms at 10,000; printed for each size to show the growth. The first size gets [runs] timed runs
/// after 3 warm-ups, larger sizes 3 after 1.
/// Run: dotnet run -c Release --project benchmarks/Marketplace.EmergencyDispatch.Benchmarks [sizes, default 10000,100000] [runs, default 20]
/// [direct: straight to the service, bypassing the gateway, to measure what the gateway adds]
/// </summary>
internal static class DispatchBenchmark
{
    private const double Lat = 41.8781, Lng = -87.6298;

    public static async Task Main(string[] args)
    {
        var sizes = (args.Length > 0 ? args[0] : "10000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        var direct = args.Length > 2 && args[2] == "direct";
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MARKETPLACE_EMERGENCYDISPATCH_API",
            Path.Combine(RepositoryRoot.Find(), "services", "EmergencyDispatch", "Marketplace.EmergencyDispatch.Api"));
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MARKETPLACE_GATEWAY",
            Path.Combine(RepositoryRoot.Find(), "gateway", "Marketplace.Gateway"));
        var infrastructure = await TestInfrastructure.GetAsync();
        try
        {
            var database = await infrastructure.CreateDatabaseAsync("dispatch_bench");
            await using var factory = new ServiceFactory<global::Program>(infrastructure, "dispatchdb", database, new Dictionary<string, string?>
            {
                ["Dispatch:RedisPrefix"] = $"dispatch-bench-{Guid.NewGuid():N}",
                ["Dispatch:ConnectionQueueLimit"] = "10000",
                ["Logging:LogLevel:Default"] = "Warning",
                ["urls"] = "http://127.0.0.1:0",
            });
            factory.UseKestrel();
            factory.StartServer();
            var serviceAddress = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            await using var gateway = new GatewayHost(new Dictionary<string, string?>
            {
                ["urls"] = "http://127.0.0.1:0",
                ["Logging:LogLevel:Default"] = "Warning",
                ["ConnectionStrings:cache"] = infrastructure.RedisConnectionString,
                ["RateLimiting:KeyPrefix"] = $"bench:{Guid.NewGuid():N}",
                ["RateLimiting:PermitLimit"] = "1000000",
                ["RateLimiting:AnonymousPermitLimit"] = "1000000",
                ["services:emergency-dispatch:http:0"] = serviceAddress.ToString(),
            });
            gateway.UseKestrel();
            gateway.StartServer();
            var address = direct
                ? serviceAddress
                : new Uri(gateway.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            var dispatcher = new TokenRequest(Guid.NewGuid(), Guid.NewGuid(), [MarketplaceRoles.Dispatcher], null, "midwest", null, true);
            using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
            client.DefaultRequestHeaders.Authorization = new("Bearer", factory.CreateToken(dispatcher));

            // The farthest technician (about 20 miles north): the one a WebSocket listens as.
            var watcher = Guid.NewGuid();
            var seeded = 0;
            Console.WriteLine($"Emergency broadcast, POST → notices stored and the farthest technician's WebSocket message ({(direct ? "straight to the service" : "through the gateway")})");
            Console.WriteLine("technicians  notified  runs    p50 ms    p95 ms    max ms   POST p95 ms   relay s (median)");
            foreach (var size in sizes)
            {
                await SeedAsync(factory.DatabaseConnectionString, size - seeded, watcher, first: seeded == 0);
                seeded = size;
                await factory.Services.GetRequiredService<TechnicianGeoIndex>().RebuildAsync(CancellationToken.None);

                using var socket = new ClientWebSocket();
                var token = factory.CreateToken(new TokenRequest(watcher, Guid.NewGuid(), [MarketplaceRoles.Technician], null, "elsewhere", null, true));
                await socket.ConnectAsync(new Uri($"ws://{address.Authority}/api/v1/emergency-jobs/ws?access_token={Uri.EscapeDataString(token)}"), CancellationToken.None);
                await ReceiveAsync(socket); // connected

                var totals = new List<double>();
                var posts = new List<double>();
                var drains = new List<double>();
                var notified = 0;
                var (timed, warmUps) = size == sizes[0] ? (runs, 3) : (Math.Min(runs, 3), 1);
                for (var run = 0; run < timed + warmUps; run++)
                {
                    drains.Add(await DrainOutboxAsync(factory.DatabaseConnectionString));
                    var watch = Stopwatch.StartNew();
                    var received = ReceiveAsync(socket);
                    using var response = await client.PostAsJsonAsync("/api/v1/emergency-jobs", Job(), HttpConventions.JsonOptions);
                    var postMs = watch.Elapsed.TotalMilliseconds;
                    response.EnsureSuccessStatusCode();
                    notified = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(HttpConventions.JsonOptions)).GetProperty("notifications_sent").GetInt32();
                    await received;
                    var total = watch.Elapsed.TotalMilliseconds;
                    if (run >= warmUps)
                    {
                        totals.Add(total);
                        posts.Add(postMs);
                    }
                }

                drains.Add(await DrainOutboxAsync(factory.DatabaseConnectionString));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{size,11:N0} {notified,9:N0} {timed,5} {Percentile(totals, 0.5),9:F0} {Percentile(totals, 0.95),9:F0} {totals.Max(),9:F0} {Percentile(posts, 0.95),13:F0} {Percentile(drains.Skip(1).ToList(), 0.5),18:F1}"));
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
        }
        finally
        {
            await infrastructure.DisposeAsync();
        }
    }

    private static object Job() => new
    {
        title = "Elevator entrapment", job_category = "elevator_mechanic", latitude = Lat, longitude = Lng,
        date_needed = DateOnly.FromDateTime(DateTime.UtcNow), pay_rate = 75, broadcast_radius_miles = 25,
        expires_at = DateTimeOffset.UtcNow.AddHours(1),
    };

    /// <summary>Technicians on call, scattered within about 17 miles of the city centre; the watcher ~20 miles north.</summary>
    private static async Task SeedAsync(string connectionString, int count, Guid watcher, bool first)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await connection.ExecuteAsync("""
            insert into technician_availability (user_id, available_for_emergency, timezone, service_radius_miles, home_latitude,
                home_longitude, trades, notification_method, verified)
            select gen_random_uuid(), true, 'America/Chicago', 50, @Lat + (random() - 0.5) * 0.45, @Lng + (random() - 0.5) * 0.6,
                   '{elevator_mechanic}', (array['push','sms','email'])[1 + floor(random() * 3)::int], true
            from generate_series(1, @Count)
            """, new { Lat, Lng, Count = count - (first ? 1 : 0) }, commandTimeout: 600);
        if (first)
        {
            await connection.ExecuteAsync("""
                insert into technician_availability (user_id, available_for_emergency, timezone, service_radius_miles, home_latitude,
                    home_longitude, trades, verified)
                values (@Watcher, true, 'America/Chicago', 50, @Lat + 0.29, @Lng, '{elevator_mechanic}', true)
                """, new { Watcher = watcher, Lat, Lng });
        }
    }

    /// <summary>Waits until the relay has published every stored event; returns how long that took, in seconds.</summary>
    private static async Task<double> DrainOutboxAsync(string connectionString)
    {
        var watch = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        while (await connection.ExecuteScalarAsync<long>("select count(*) from outbox_messages where published_at is null") > 0
               && watch.Elapsed < TimeSpan.FromMinutes(10))
        {
            await Task.Delay(100);
        }

        return watch.Elapsed.TotalSeconds;
    }

    private static async Task<string> ReceiveAsync(ClientWebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, CancellationToken.None);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray());
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
