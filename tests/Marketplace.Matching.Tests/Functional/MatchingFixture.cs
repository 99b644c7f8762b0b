using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Marketplace.Contracts.Listings;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.Testing;

namespace Marketplace.Matching.Tests.Functional;

/// <summary>
/// One Matching service per test class on its own database, against the shared real PostgreSQL, RabbitMQ and Redis.
/// These tests are about rules and flows, not semantic quality, so they embed with the fast hashed provider.
/// </summary>
public abstract class MatchingFixture() : ServiceFixture<Program>("matching", "matchingdb")
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Embeddings:Provider"] = "hashed",
        ["Embeddings:RefreshInterval"] = "00:00:00.100",
    }.Concat(ExtraSettings).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Last().Value);

    /// <summary>Configuration a test class adds to (or changes in) the defaults above.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    protected static TokenRequest Seeker(Guid? organization = null, IReadOnlyList<string>? networks = null) =>
        new(Guid.NewGuid(), organization, [MarketplaceRoles.Technician], networks, null, null, true);

    protected static TokenRequest Recruiter(Guid? organization = null) =>
        new(Guid.NewGuid(), organization ?? Guid.NewGuid(), [MarketplaceRoles.Recruiter], null, null, null, true);

    protected static TokenRequest Employer(Guid organization) =>
        new(Guid.NewGuid(), organization, [MarketplaceRoles.Employer], null, null, null, true);

    /// <summary>An elevator mechanic in Chicago with the skills and the QEI the default job asks for.</summary>
    protected static Dictionary<string, object?> ElevatorProfile() => new()
    {
        ["current_title"] = "Elevator Mechanic",
        ["summary"] = "Twelve years servicing traction and hydraulic elevators in downtown towers.",
        ["skills"] = new[] { "Troubleshooting", "Hydraulic elevators", "Traction elevators", "Preventive maintenance" },
        ["certifications"] = new[] { new Dictionary<string, object?> { ["name"] = "QEI", ["issuer"] = "NAESA", ["expires_on"] = "2030-01-01" } },
        ["manufacturers"] = new[] { "Otis", "Schindler" },
        ["years_experience"] = 12,
        ["city"] = "Chicago",
        ["state_province"] = "IL",
        ["country"] = "US",
        ["latitude"] = 41.88,
        ["longitude"] = -87.63,
        ["service_radius_miles"] = 40,
        ["expected_pay_text"] = "$45-55/hr",
        ["preferred_roles"] = new[] { "Elevator Mechanic" },
        ["discoverable"] = true,
        ["notification_channel"] = "push",
    };

    protected async Task<JsonElement> PutProfileAsync(TokenRequest caller, Dictionary<string, object?>? body = null)
    {
        using var client = Client(caller);
        using var response = await client.PutAsJsonAsync("/api/v1/profiles/me", body ?? ElevatorProfile(), Json);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    protected static JobListingSnapshot Listing(
        string title = "Elevator Mechanic", IReadOnlyList<string>? required = null, string visibility = "global",
        IReadOnlyList<string>? certifications = null, decimal? salaryMax = 62) =>
        new(title, "Service and repair traction and hydraulic elevators across downtown towers.", "elevator_mechanic", "permanent",
            visibility, "senior", "on_site", "Chicago", "IL", "US", "60601", 41.8858, -87.6181, "hourly", 48, salaryMax, "USD",
            required ?? ["troubleshooting", "hydraulic elevators"], ["traction elevators"], certifications ?? ["QEI"], ["Otis"],
            "standard", 1, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(30));

    protected async Task<(Guid JobId, Guid OrganizationId)> PublishJobAsync(JobListingSnapshot? listing = null, Guid? organization = null)
    {
        var (jobId, org, eventId) = (Guid.NewGuid(), organization ?? Guid.NewGuid(), Guid.NewGuid());
        await PublishAsync(new JobListingPublished(eventId, DateTimeOffset.UtcNow, jobId, org, listing ?? Listing()), eventId);
        return (jobId, org);
    }

    /// <summary>Waits until the job has been matched (its matching run completed) at least <paramref name="runs"/> times.</summary>
    protected async Task WaitForJobRunsAsync(Guid jobId, int runs = 1)
    {
        await using var connection = await OpenDatabaseAsync();
        Assert.That(await Wait.UntilAsync(async () => await connection.ExecuteScalarAsync<int>(
            "select count(*) from matching_runs where job_id = @JobId and status = 'completed'", new { JobId = jobId }) >= runs, TimeSpan.FromSeconds(20)),
            $"job {jobId} was not matched {runs} time(s)");
    }

    /// <summary>Waits until the profile of a user has been matched since its last change.</summary>
    protected async Task WaitForProfileMatchedAsync(Guid profileId)
    {
        await using var connection = await OpenDatabaseAsync();
        Assert.That(await Wait.UntilAsync(async () => await connection.ExecuteScalarAsync<bool>(
            "select not needs_match from candidate_profiles where id = @Id", new { Id = profileId }), TimeSpan.FromSeconds(20)),
            $"profile {profileId} was not matched");
    }

    protected async Task<List<JsonElement>> OutboxAsync(string eventType, string property, object value)
    {
        await using var connection = await OpenDatabaseAsync();
        var payloads = await connection.QueryAsync<string>(
            "select payload::text from outbox_messages where message_type like @Type and payload->>@Property = @Value order by sequence",
            new { Type = $"%.{eventType},%", Property = property, Value = value.ToString() });
        return payloads.Select(p => JsonDocument.Parse(p).RootElement.Clone()).ToList();
    }
}
