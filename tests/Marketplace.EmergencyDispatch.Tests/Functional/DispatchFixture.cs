using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Marketplace.ServiceDefaults.Http;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.Testing;
using Npgsql;

namespace Marketplace.EmergencyDispatch.Tests.Functional;

/// <summary>
/// One Emergency-Dispatch service per test class, on its own database and its own Redis key prefix, against the shared
/// real PostgreSQL, RabbitMQ and Redis. Each test works around its own random spot on the map, so one test's
/// technicians are never within another's radius.
/// </summary>
public abstract class DispatchFixture
{
    protected ServiceFactory<Program> Service { get; private set; } = null!;

    protected string RedisPrefix { get; } = $"dispatch-test-{Guid.NewGuid():N}";

    protected static JsonSerializerOptions Json => HttpConventions.JsonOptions;

    /// <summary>Settings a class may add (e.g. a shorter wave interval).</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    [OneTimeSetUp]
    public async Task StartServiceAsync()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        var database = await infrastructure.CreateDatabaseAsync("dispatch");
        var settings = new Dictionary<string, string?>
        {
            ["Dispatch:RedisPrefix"] = RedisPrefix,
            ["Dispatch:SweepInterval"] = "00:00:00.100",
            ["Dispatch:WaveInterval"] = "01:00:00",
        };
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }

        Service = new ServiceFactory<Program>(infrastructure, "dispatchdb", database, settings);
        using var client = Service.CreateClient();
        using var health = await client.GetAsync(new Uri("/alive", UriKind.Relative));
        health.EnsureSuccessStatusCode();
    }

    [OneTimeTearDown]
    public async Task StopServiceAsync() => await Service.DisposeAsync();

    protected static TokenRequest Technician(string region = "midwest", Guid? organization = null) =>
        new(Guid.NewGuid(), organization ?? Guid.NewGuid(), [MarketplaceRoles.Technician], null, region, null, true);

    protected static TokenRequest Dispatcher(Guid? organization = null, string region = "midwest") =>
        new(Guid.NewGuid(), organization ?? Guid.NewGuid(), [MarketplaceRoles.Dispatcher], null, region, null, true);

    protected HttpClient Client(TokenRequest? caller) => Service.CreateClient(caller);

    /// <summary>A random point in the continental US, far (with near certainty) from every other test's.</summary>
    protected static (double Lat, double Lng) Spot() => (30 + Random.Shared.NextDouble() * 15, -120 + Random.Shared.NextDouble() * 40);

    /// <summary>A point about <paramref name="miles"/> north of <paramref name="spot"/>.</summary>
    protected static (double Lat, double Lng) North((double Lat, double Lng) spot, double miles) => (spot.Lat + miles / 69.0, spot.Lng);

    protected static JsonObject AvailabilityBody((double Lat, double Lng) home) => new()
    {
        ["available_for_emergency"] = true,
        ["timezone"] = "America/Chicago",
        ["service_radius_miles"] = 30,
        ["home_latitude"] = home.Lat,
        ["home_longitude"] = home.Lng,
        ["trades"] = new JsonArray("elevator_mechanic"),
        ["skills"] = new JsonArray("hydraulics"),
        ["certifications"] = new JsonArray(new JsonObject { ["name"] = "QEI", ["expires_on"] = "2030-01-01" }),
        ["min_hourly_rate"] = 40,
        ["notification_method"] = "sms",
    };

    protected Task<TokenRequest> OnCallTechnicianAsync((double Lat, double Lng) home, Action<JsonObject>? change = null, string region = "midwest") =>
        OnCallTechnicianAsync(Technician(region), home, change);

    /// <summary>Puts the availability of a technician with the given token (its claims are captured on the profile).</summary>
    protected async Task<TokenRequest> OnCallTechnicianAsync(TokenRequest technician, (double Lat, double Lng) home, Action<JsonObject>? change = null)
    {
        var body = AvailabilityBody(home);
        change?.Invoke(body);
        using var client = Client(technician);
        using var response = await client.PutAsJsonAsync("/api/v1/emergency-jobs/availability/me", body, Json);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        return technician;
    }

    protected static JsonObject JobBody((double Lat, double Lng) site) => new()
    {
        ["title"] = "Elevator stuck between floors",
        ["description"] = "Otis Gen2 car stuck between 4 and 5, nobody inside.",
        ["job_category"] = "elevator_mechanic",
        ["site_name"] = "Harbor Tower",
        ["latitude"] = site.Lat,
        ["longitude"] = site.Lng,
        ["date_needed"] = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["time_start"] = "08:00",
        ["time_end"] = "16:00",
        ["required_certifications"] = new JsonArray("QEI"),
        ["required_skills"] = new JsonArray("hydraulics"),
        ["equipment_context"] = "Otis Gen2, stuck between floors",
        ["pay_rate"] = 65,
        ["pay_type"] = "hourly",
        ["currency"] = "USD",
        ["broadcast_radius_miles"] = 10,
    };

    protected async Task<JsonElement> PostJobAsync(TokenRequest dispatcher, (double Lat, double Lng) site, Action<JsonObject>? change = null)
    {
        var body = JobBody(site);
        change?.Invoke(body);
        using var client = Client(dispatcher);
        using var response = await client.PostAsJsonAsync("/api/v1/emergency-jobs", body, Json);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(201), text);
        return JsonDocument.Parse(text).RootElement;
    }

    protected async Task<JsonElement> GetJobAsync(TokenRequest caller, Guid id)
    {
        using var client = Client(caller);
        using var response = await client.GetAsync(new Uri($"/api/v1/emergency-jobs/{id}", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), text);
        return JsonDocument.Parse(text).RootElement;
    }

    protected async Task<HttpResponseMessage> PostAsync(TokenRequest caller, string path, object? body)
    {
        using var client = Client(caller);
        return await client.PostAsJsonAsync(path, body, Json);
    }

    protected async Task<NpgsqlConnection> OpenDatabaseAsync()
    {
        var connection = new NpgsqlConnection(Service.DatabaseConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Outbox rows of one event type whose payload mentions <paramref name="jobId"/>.</summary>
    protected async Task<IReadOnlyList<JsonElement>> OutboxAsync(string eventType, Guid jobId)
    {
        await using var connection = await OpenDatabaseAsync();
        var payloads = await connection.QueryAsync<string>(
            "select payload::text from outbox_messages where message_type like @Type and payload::text like @Job order by 1",
            new { Type = $"%.{eventType},%", Job = $"%{jobId}%" });
        return payloads.Select(p => JsonDocument.Parse(p).RootElement).ToList();
    }

    protected static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();
}
