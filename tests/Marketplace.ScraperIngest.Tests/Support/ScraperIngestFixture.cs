using System.Net;
using System.Net.Http.Json;
using Dapper;
using Marketplace.ScraperIngest.Api.Import;
using Marketplace.ScraperIngest.Api.Keys;
using Marketplace.ScraperIngest.Api.Queue;
using Marketplace.ServiceDefaults.Http;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.Testing;
using Npgsql;

namespace Marketplace.ScraperIngest.Tests.Support;

/// <summary>
/// One hosted Scraper-Ingest service per fixture, on its own fresh database, against the real PostgreSQL,
/// RabbitMQ and Redis of the run. Tests create their own keys, roles and (uniquely tagged) postings.
/// </summary>
public abstract class ScraperIngestFixture
{
    protected ServiceFactory<Program> Factory { get; private set; } = null!;

    protected static TokenRequest Admin { get; } = new(Guid.NewGuid(), Guid.NewGuid(), [MarketplaceRoles.ScraperAdmin]);

    /// <summary>Extra settings for this fixture's service (e.g. a short session timeout).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    [OneTimeSetUp]
    public async Task StartService()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        var database = await infrastructure.CreateDatabaseAsync("ingest");
        var settings = new Dictionary<string, string?>(Settings);
        Factory = new ServiceFactory<Program>(infrastructure, "ingestdb", database, settings);
        _ = Factory.Server; // start now: migrations and the O*NET seed run before the first test
    }

    [OneTimeTearDown]
    public async Task StopService() => await Factory.DisposeAsync();

    protected HttpClient AdminClient() => Factory.CreateClient(Admin);

    protected async Task<(HttpClient Client, CreatedKey Key)> NewScraperAsync(string name = "jobspy")
    {
        using var admin = AdminClient();
        var response = await admin.PostAsJsonAsync("/api/v1/scraper/keys", new { name }, HttpConventions.JsonOptions);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var key = (await response.Content.ReadFromJsonAsync<CreatedKey>(HttpConventions.JsonOptions))!;
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key.Key);
        return (client, key);
    }

    protected static async Task<ClaimedRole> ClaimAsync(HttpClient scraper)
    {
        var response = await scraper.GetAsync("/api/v1/scraper/queue/next-role");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ClaimedRole>(HttpConventions.JsonOptions))!;
    }

    protected static Task<HttpResponseMessage> PostJobsAsync(HttpClient scraper, Guid sessionId, IEnumerable<object> jobs) =>
        scraper.PostAsJsonAsync("/api/v1/scraper/queue/jobs", new { session_id = sessionId, jobs }, HttpConventions.JsonOptions);

    protected static async Task<SessionResults> ReadResultsAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<SessionResults>(HttpConventions.JsonOptions))!;
    }

    protected async Task<NpgsqlConnection> OpenDatabaseAsync()
    {
        var connection = new NpgsqlConnection(Factory.DatabaseConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    protected async Task<T> ScalarAsync<T>(string sql, object? args = null)
    {
        await using var connection = await OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<T>(sql, args) ?? throw new InvalidOperationException("No value.");
    }
}
