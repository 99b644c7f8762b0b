using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Marketplace.Contracts.Listings;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.Testing;

namespace Marketplace.Applications.Tests.Functional;

/// <summary>
/// One Applications service per test class on its own database, against the shared real PostgreSQL, RabbitMQ and
/// Redis. Listings, profiles and scores arrive as the contract events their publishers send, on the real broker.
/// </summary>
public abstract class ApplicationsFixture() : ServiceFixture<Program>("applications", "applicationsdb")
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Applications:OfferExpiry:Interval"] = "00:00:00.200",
    };

    protected static TokenRequest Employer(Guid? organization = null) =>
        new(Guid.NewGuid(), organization ?? Guid.NewGuid(), [MarketplaceRoles.Employer], null, null, null, true);

    protected static TokenRequest Candidate(Guid? organization = null, IReadOnlyList<string>? networks = null, string? region = null, IReadOnlyList<string>? trades = null) =>
        new(Guid.NewGuid(), organization, [MarketplaceRoles.Candidate], networks, region, trades, true);

    protected Task PublishAsync<T>(T message) where T : class, Marketplace.Contracts.IIntegrationEvent => PublishAsync(message, message.EventId);

    protected static JobListingSnapshot Snapshot(
        string visibility = "global", IReadOnlyList<ScreeningQuestionSnapshot>? questions = null, DateTimeOffset? deadline = null,
        int positions = 1, IReadOnlyList<string>? networks = null, string? region = null, string title = "Elevator Mechanic") => new(
        title, "Service and repair traction elevators.", "elevator_mechanic", "permanent", visibility, "senior", "on_site",
        "Chicago", "IL", "US", "60601", 41.88, -87.62, "hourly", 48m, 62m, "USD", ["troubleshooting", "hydraulics"], [], ["QEI"],
        ["Otis"], "standard", positions, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(30), null, null, questions ?? [],
        networks ?? [], region, "elevator", deadline);

    /// <summary>Publishes JobListingPublished as Listings would and waits until the read model has it.</summary>
    protected async Task<Guid> PublishListingAsync(Guid organization, JobListingSnapshot? snapshot = null)
    {
        var id = Guid.NewGuid();
        await PublishAsync(new JobListingPublished(Guid.NewGuid(), DateTimeOffset.UtcNow, id, organization, snapshot ?? Snapshot()));
        Assert.That(await Wait.UntilAsync(async () => await ListingStatusAsync(id) == "active", TimeSpan.FromSeconds(20)), Is.True,
            "the listing never reached the read model");
        return id;
    }

    protected async Task<string?> ListingStatusAsync(Guid id)
    {
        await using var db = await OpenDatabaseAsync();
        return await db.QuerySingleOrDefaultAsync<string>("select status from listings where listing_id = @id", new { id });
    }

    protected static object ApplyBody(object? answers = null) => new Dictionary<string, object?>
    {
        ["cover_letter"] = "Twelve years on Otis traction and hydraulic units.",
        ["portfolio_url"] = "https://example.org/portfolio",
        ["screening_answers"] = answers ?? Array.Empty<object>(),
        ["applicant"] = new Dictionary<string, object?>
        {
            ["name"] = "Dana Reyes",
            ["email"] = "dana@example.org",
            ["phone"] = "+1 312 555 0100",
            ["current_title"] = "Elevator Mechanic",
            ["skills"] = new[] { "troubleshooting", "hydraulics" },
            ["certifications"] = new[] { new Dictionary<string, object?> { ["name"] = "QEI", ["expires_on"] = "2028-01-31" } },
            ["years_experience"] = 12,
            ["city"] = "Chicago",
        },
    };

    protected async Task<HttpResponseMessage> ApplyAsync(TokenRequest candidate, Guid jobId, object? body = null)
    {
        using var client = Client(candidate);
        return await client.PostAsJsonAsync($"/api/v1/jobs/{jobId}/apply", body ?? ApplyBody(), Json);
    }

    /// <summary>Applies and returns the new application's id (asserting 201).</summary>
    protected async Task<Guid> AppliedAsync(TokenRequest candidate, Guid jobId, object? body = null)
    {
        using var response = await ApplyAsync(candidate, jobId, body);
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        return (await ReadJsonAsync(response)).GetProperty("id").GetGuid();
    }

    protected async Task<HttpResponseMessage> SendAsync(TokenRequest? caller, HttpMethod method, string path, object? body = null)
    {
        using var client = Client(caller);
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        return await client.SendAsync(request);
    }

    protected async Task<JsonElement> OkJsonAsync(TokenRequest? caller, HttpMethod method, string path, object? body = null, int expected = 200)
    {
        using var response = await SendAsync(caller, method, path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(expected), text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts a problem+json answer with <paramref name="status"/>; for 400 also that it names <paramref name="field"/>.</summary>
    protected static async Task AssertProblemAsync(HttpResponseMessage response, int status, string? field = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(status), text);
        if (status != 401)
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), text);
        }

        if (field is not null)
        {
            Assert.That(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _), Is.True, text);
        }
    }

    /// <summary>The payloads of the events of type <typeparamref name="T"/> stored in the outbox for an application.</summary>
    protected async Task<List<JsonElement>> OutboxAsync<T>(Guid applicationId)
    {
        await using var db = await OpenDatabaseAsync();
        var payloads = await db.QueryAsync<string>(
            "select payload::text from outbox_messages where message_type like @Type and payload->>'applicationId' = @Id order by sequence",
            new { Type = typeof(T).FullName + ",%", Id = applicationId.ToString() });
        return payloads.Select(p => JsonDocument.Parse(p).RootElement.Clone()).ToList();
    }

    /// <summary>The NotificationRequested payloads stored for an application.</summary>
    protected async Task<List<JsonElement>> NoticesAsync(Guid applicationId)
    {
        await using var db = await OpenDatabaseAsync();
        var payloads = await db.QueryAsync<string>(
            "select payload::text from outbox_messages where message_type like 'Marketplace.Contracts.Notifications.NotificationRequested,%' and payload->'data'->>'application_id' = @Id order by sequence",
            new { Id = applicationId.ToString() });
        return payloads.Select(p => JsonDocument.Parse(p).RootElement.Clone()).ToList();
    }
}
