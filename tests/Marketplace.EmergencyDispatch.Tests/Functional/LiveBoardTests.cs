using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Marketplace.EmergencyDispatch.Api.Domain;
using Marketplace.EmergencyDispatch.Api.Realtime;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.EmergencyDispatch.Tests.Functional;

/// <summary>
/// The live board through the real gateway, with two instances of the service on one database and one Redis: the
/// technician's WebSocket lands on instance B, the job is posted on instance A, and Redis pub/sub carries it across.
/// </summary>
public sealed class LiveBoardTests
{
    private ServiceFactory<Program> instanceA = null!;
    private ServiceFactory<Program> instanceB = null!;
    private GatewayHost gateway = null!;
    private Uri gatewayAddress = null!;

    private static JsonSerializerOptions Json => Marketplace.ServiceDefaults.Http.HttpConventions.JsonOptions;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        var database = await infrastructure.CreateDatabaseAsync("dispatch_board");
        var settings = new Dictionary<string, string?>
        {
            ["Dispatch:RedisPrefix"] = $"dispatch-board-{Guid.NewGuid():N}",
            ["Dispatch:WaveInterval"] = "01:00:00",
            ["urls"] = "http://127.0.0.1:0",
        };
        instanceA = new ServiceFactory<Program>(infrastructure, "dispatchdb", database, settings);
        instanceB = new ServiceFactory<Program>(infrastructure, "dispatchdb", database, settings);
        foreach (var instance in new[] { instanceA, instanceB })
        {
            instance.UseKestrel();
            instance.StartServer();
        }

        gateway = new GatewayHost(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["ConnectionStrings:cache"] = infrastructure.RedisConnectionString,
            ["RateLimiting:KeyPrefix"] = $"test:{Guid.NewGuid():N}",
            ["RateLimiting:PermitLimit"] = "10000",
            ["RateLimiting:AnonymousPermitLimit"] = "10000",
            ["services:emergency-dispatch:http:0"] = KestrelAddress.Of(instanceB.Services).ToString(),
        });
        gateway.UseKestrel();
        gateway.StartServer();
        gatewayAddress = KestrelAddress.Of(gateway.Services);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await gateway.DisposeAsync();
        await instanceB.DisposeAsync();
        await instanceA.DisposeAsync();
    }

    [Test]
    public async Task A_job_posted_on_one_instance_reaches_a_technician_connected_through_the_gateway_to_another()
    {
        var (lat, lng) = (41.0 + Random.Shared.NextDouble(), -88.0 - Random.Shared.NextDouble());
        var technician = new TokenRequest(Guid.NewGuid(), Guid.NewGuid(), [MarketplaceRoles.Technician], null, "far-away-region", null, true);
        await PutAvailabilityAsync(technician, lat + 0.01, lng);

        using var socket = await ConnectAsync(technician, region: null);
        Assert.That(await ReceiveTypeAsync(socket), Is.EqualTo("connected"));

        var dispatcher = new TokenRequest(Guid.NewGuid(), Guid.NewGuid(), [MarketplaceRoles.Dispatcher], null, "midwest", null, true);
        using var client = instanceA.CreateClient(dispatcher);
        using var posted = await client.PostAsJsonAsync("/api/v1/emergency-jobs", Job(lat, lng), Json);
        Assert.That((int)posted.StatusCode, Is.EqualTo(201), await posted.Content.ReadAsStringAsync());
        var jobId = (await posted.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();

        var message = await ReceiveAsync(socket);
        Assert.That(message.GetProperty("type").GetString(), Is.EqualTo("new_emergency_job"));
        Assert.That(message.GetProperty("job").GetProperty("id").GetGuid(), Is.EqualTo(jobId));

        using var cancel = await client.PostAsJsonAsync($"/api/v1/emergency-jobs/{jobId}/cancel", new { reason = "fixed" }, Json);
        Assert.That((int)cancel.StatusCode, Is.EqualTo(200));
        Assert.That((await ReceiveAsync(socket)).GetProperty("type").GetString(), Is.EqualTo("emergency_job_cancelled"));
    }

    [Test]
    public async Task A_technician_watching_a_region_sees_new_jobs_there_without_being_notified()
    {
        var region = $"region-{Guid.NewGuid():N}";
        var watcher = new TokenRequest(Guid.NewGuid(), Guid.NewGuid(), [MarketplaceRoles.Technician], null, null, null, true);
        using var socket = await ConnectAsync(watcher, region);
        Assert.That(await ReceiveTypeAsync(socket), Is.EqualTo("connected"));

        var dispatcher = new TokenRequest(Guid.NewGuid(), Guid.NewGuid(), [MarketplaceRoles.Dispatcher], null, region, null, true);
        using var client = instanceA.CreateClient(dispatcher);
        using var posted = await client.PostAsJsonAsync("/api/v1/emergency-jobs", Job(10 + Random.Shared.NextDouble(), 10), Json);
        Assert.That((int)posted.StatusCode, Is.EqualTo(201));
        var message = await ReceiveAsync(socket);
        Assert.That(message.GetProperty("job").GetProperty("region").GetString(), Is.EqualTo(region));
    }

    [Test]
    public async Task A_regions_board_shows_a_job_only_to_watchers_its_visibility_reaches()
    {
        var region = $"region-{Guid.NewGuid():N}";
        var organization = Guid.NewGuid();
        var colleague = new TokenRequest(Guid.NewGuid(), organization, [MarketplaceRoles.Technician], null, null, null, true);
        var stranger = new TokenRequest(Guid.NewGuid(), Guid.NewGuid(), [MarketplaceRoles.Technician], null, region, null, true);
        using var colleagueSocket = await ConnectAsync(colleague, region);
        using var strangerSocket = await ConnectAsync(stranger, region);
        Assert.That(await ReceiveTypeAsync(colleagueSocket), Is.EqualTo("connected"));
        Assert.That(await ReceiveTypeAsync(strangerSocket), Is.EqualTo("connected"));

        var dispatcher = new TokenRequest(Guid.NewGuid(), organization, [MarketplaceRoles.Dispatcher], null, region, null, true);
        using var client = instanceA.CreateClient(dispatcher);
        var (lat, lng) = (10 + Random.Shared.NextDouble(), 20.0);
        var internalJob = await PostAsync(client, new { title = "Internal cover", job_category = "hvac_technician", latitude = lat, longitude = lng,
            date_needed = DateOnly.FromDateTime(DateTime.UtcNow), pay_rate = 70, visibility = "internal" });
        var globalJob = await PostAsync(client, Job(lat, lng));

        Assert.That((await ReceiveAsync(colleagueSocket)).GetProperty("job").GetProperty("id").GetGuid(), Is.EqualTo(internalJob));
        // Messages arrive in the order they were published: the stranger's next one is the global job's, not the internal one's.
        Assert.That((await ReceiveAsync(strangerSocket)).GetProperty("job").GetProperty("id").GetGuid(), Is.EqualTo(globalJob));
    }

    private static async Task<Guid> PostAsync(HttpClient client, object job)
    {
        using var posted = await client.PostAsJsonAsync("/api/v1/emergency-jobs", job, Json);
        Assert.That((int)posted.StatusCode, Is.EqualTo(201), await posted.Content.ReadAsStringAsync());
        return (await posted.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
    }

    [Test]
    public async Task The_gateway_refuses_an_invalid_access_token_on_the_board()
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        var uri = new Uri($"ws://{gatewayAddress.Authority}/api/v1/emergency-jobs/ws?access_token=not-a-token");
        Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(uri, CancellationToken.None));
        Assert.That(socket.HttpStatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task The_gateway_takes_a_token_from_the_url_only_on_the_board()
    {
        var token = instanceA.CreateToken(new TokenRequest(Guid.NewGuid(), Guid.NewGuid(), [MarketplaceRoles.Technician], null, "x", null, true));
        using var client = new HttpClient { BaseAddress = gatewayAddress };
        using var response = await client.GetAsync(new Uri($"/api/v1/emergency-jobs?near_lat=1&near_lng=1&access_token={Uri.EscapeDataString(token)}", UriKind.Relative));
        Assert.That((int)response.StatusCode, Is.EqualTo(401));
    }

    [Test]
    public async Task A_dropped_connection_is_cleaned_up()
    {
        var connections = instanceB.Services.GetRequiredService<BoardConnections>();
        var technician = new TokenRequest(Guid.NewGuid(), Guid.NewGuid(), [MarketplaceRoles.Technician], null, "x", null, true);
        var socket = await ConnectAsync(technician, null);
        Assert.That(await ReceiveTypeAsync(socket), Is.EqualTo("connected"));
        var before = connections.Count;
        Assert.That(before, Is.GreaterThanOrEqualTo(1));

        socket.Abort();
        socket.Dispose();
        Assert.That(await Wait.UntilAsync(() => connections.Count == before - 1, TimeSpan.FromSeconds(10)), Is.True);
    }

    [Test]
    public void A_slow_client_is_closed_without_holding_up_the_others()
    {
        var viewer = new Viewer(null, [], null, [], Verified: true);
        var slow = new BoardConnection(Guid.NewGuid(), viewer, "r", queueLimit: 2);
        var fast = new BoardConnection(Guid.NewGuid(), viewer, "r", queueLimit: 100);
        var connections = new BoardConnections();
        connections.Add(slow);
        connections.Add(fast);
        var fanout = new BoardFanout(null!, connections, Microsoft.Extensions.Options.Options.Create(new Api.Extensions.DispatchOptions()),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<BoardFanout>.Instance);

        // Nobody reads the slow connection's queue; the fast one's reader keeps up (here: it simply has room).
        for (var i = 0; i < 5; i++)
        {
            fanout.Deliver(JsonSerializer.Serialize(new BoardMessage("new_emergency_job", Guid.NewGuid(), "r", [], $"{{\"n\":{i}}}", Audience), Json));
        }

        Assert.That(slow.Overflowed, Is.True);
        Assert.That(slow.Closing.IsCancellationRequested, Is.True);
        Assert.That(fast.Queue.Reader.Count, Is.EqualTo(5));
    }

    private static readonly JobAudience Audience = new("global", Guid.NewGuid(), [], "r", "elevator_mechanic");

    private async Task PutAvailabilityAsync(TokenRequest technician, double lat, double lng)
    {
        using var client = instanceA.CreateClient(technician);
        using var response = await client.PutAsJsonAsync("/api/v1/emergency-jobs/availability/me", new
        {
            available_for_emergency = true, timezone = "America/Chicago", service_radius_miles = 25, home_latitude = lat, home_longitude = lng,
            trades = new[] { "elevator_mechanic" },
        }, Json);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
    }

    private static object Job(double lat, double lng) => new
    {
        title = "Chiller down", job_category = "elevator_mechanic", latitude = lat, longitude = lng,
        date_needed = DateOnly.FromDateTime(DateTime.UtcNow), pay_rate = 70, broadcast_radius_miles = 10,
    };

    private async Task<ClientWebSocket> ConnectAsync(TokenRequest caller, string? region)
    {
        var token = instanceA.CreateToken(caller);
        var socket = new ClientWebSocket();
        var query = $"access_token={Uri.EscapeDataString(token)}" + (region is null ? "" : $"&region={Uri.EscapeDataString(region)}");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(new Uri($"ws://{gatewayAddress.Authority}/api/v1/emergency-jobs/ws?{query}"), timeout.Token);
        return socket;
    }

    private static async Task<string?> ReceiveTypeAsync(ClientWebSocket socket) => (await ReceiveAsync(socket)).GetProperty("type").GetString();

    private static async Task<JsonElement> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone();
    }
}
