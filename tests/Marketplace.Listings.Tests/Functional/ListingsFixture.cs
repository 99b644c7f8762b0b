using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Marketplace.ServiceDefaults.Http;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.Testing;
using Npgsql;

namespace Marketplace.Listings.Tests.Functional;

/// <summary>
/// One Listings service per test class, on its own database against the shared real PostgreSQL, RabbitMQ and Redis,
/// so that one class's listings never show up in another's searches.
/// </summary>
public abstract class ListingsFixture
{
    protected ServiceFactory<Program> Service { get; private set; } = null!;

    protected static JsonSerializerOptions Json => HttpConventions.JsonOptions;

    [OneTimeSetUp]
    public async Task StartServiceAsync()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        var database = await infrastructure.CreateDatabaseAsync("listings");
        Service = new ServiceFactory<Program>(infrastructure, "listingsdb", database, new Dictionary<string, string?>
        {
            // The expiry sweep runs often enough for a test to wait on it.
            ["Listings:Lifecycle:Interval"] = "00:00:00.200",
        });
        using var client = Service.CreateClient();
        using var health = await client.GetAsync(new Uri("/alive", UriKind.Relative));
        health.EnsureSuccessStatusCode();
    }

    [OneTimeTearDown]
    public async Task StopServiceAsync() => await Service.DisposeAsync();

    protected static TokenRequest Employer(Guid? organization = null, IReadOnlyList<string>? networks = null, string? region = null) =>
        new(Guid.NewGuid(), organization ?? Guid.NewGuid(), [MarketplaceRoles.Employer], networks, region, null, true);

    protected static TokenRequest Technician(IReadOnlyList<string>? networks = null, string? region = null, IReadOnlyList<string>? trades = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), [MarketplaceRoles.Technician], networks, region, trades, true);

    protected HttpClient Client(TokenRequest? caller) => Service.CreateClient(caller);

    protected async Task<NpgsqlConnection> OpenDatabaseAsync()
    {
        var connection = new NpgsqlConnection(Service.DatabaseConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Creates a draft as <paramref name="owner"/> and returns its id; <paramref name="change"/> edits the body first.</summary>
    protected async Task<Guid> CreateDraftAsync(TokenRequest owner, Func<Dictionary<string, object?>, Dictionary<string, object?>>? change = null)
    {
        using var client = Client(owner);
        var body = change is null ? ValidListing() : change(ValidListing());
        using var response = await client.PostAsJsonAsync("/api/v1/jobs", body, Json);
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
    }

    protected async Task<Guid> CreatePublishedAsync(TokenRequest owner, Func<Dictionary<string, object?>, Dictionary<string, object?>>? change = null)
    {
        var id = await CreateDraftAsync(owner, change);
        using var client = Client(owner);
        using var response = await client.PostAsync(new Uri($"/api/v1/jobs/{id}/publish", UriKind.Relative), null);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        return id;
    }

    /// <summary>Moves a listing's publish time into the past, as if it had been live that long (for the tier cascade).</summary>
    protected async Task BackdatePublishAsync(Guid id, TimeSpan age)
    {
        await using var connection = await OpenDatabaseAsync();
        await connection.ExecuteAsync("update job_listings set published_at = now() - @Age where id = @Id", new { Id = id, Age = age });
    }

    protected static Dictionary<string, object?> ValidListing() => new()
    {
        ["title"] = "Elevator Mechanic — downtown high-rise portfolio",
        ["description"] = "Service, troubleshoot and repair traction and hydraulic elevators across a portfolio of downtown office "
            + "towers. Otis and Schindler controllers, on-call rotation one week in six, company van and tools provided.",
        ["job_category"] = "elevator_mechanic",
        ["job_type"] = "permanent",
        ["visibility"] = "global",
        ["experience_level"] = "senior",
        ["location_type"] = "on_site",
        ["city"] = "Chicago",
        ["state_province"] = "IL",
        ["country"] = "US",
        ["postal_code"] = "60601",
        ["latitude"] = 41.8858,
        ["longitude"] = -87.6181,
        ["compensation_type"] = "hourly",
        ["salary_min"] = 48,
        ["salary_max"] = 62,
        ["currency"] = "USD",
        ["required_skills"] = new[] { "troubleshooting", "hydraulics" },
        ["required_certifications"] = new[] { "QEI" },
        ["manufacturer_experience"] = new[] { "Otis", "Schindler" },
        ["positions_available"] = 2,
        ["urgency"] = "priority",
    };

    protected static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Json);

    /// <summary>Polls <paramref name="condition"/> until it holds or <paramref name="timeout"/> passes.</summary>
    protected static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return await condition();
    }
}
