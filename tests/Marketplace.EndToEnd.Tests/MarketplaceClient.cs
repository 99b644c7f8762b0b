using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.ServiceDefaults.Http;

namespace Marketplace.EndToEnd.Tests;

/// <summary>What a frontend does: a development token from the gateway, then the public API through it.</summary>
public sealed class MarketplaceClient(HttpClient http)
{
    public static async Task<MarketplaceClient> SignInAsync(Uri gateway, Guid organizationId, params string[] roles)
    {
        var http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(60) };
        var response = await http.PostAsJsonAsync("/dev/tokens", new
        {
            sub = Guid.NewGuid(),
            org_id = organizationId,
            roles,
            verified = true,
        });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new MarketplaceClient(http);
    }

    public HttpClient Http => http;

    /// <summary>Creates a draft listing and publishes it; returns its id.</summary>
    public async Task<Guid> CreateAndPublishListingAsync(string jobCategory, string title)
    {
        var id = await CreateDraftAsync(jobCategory, title);
        await PublishAsync(id);
        return id;
    }

    public async Task<Guid> CreateDraftAsync(string jobCategory, string title)
    {
        var created = await http.PostAsJsonAsync("/api/v1/jobs", Listing(jobCategory, title), HttpConventions.JsonOptions);
        await EnsureAsync(created, "create a listing");
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task PublishAsync(Guid id) =>
        await EnsureAsync(await http.PostAsync($"/api/v1/jobs/{id}/publish", null), $"publish listing {id}");

    /// <summary>Today's published-listing count for a category, as Market-Analytics reports it.</summary>
    public async Task<int> PublishedTodayAsync(string jobCategory)
    {
        var response = await http.GetAsync("/api/v1/market/activity");
        await EnsureAsync(response, "read market activity");
        var activity = await response.Content.ReadFromJsonAsync<JsonElement>();
        return activity.GetProperty("categories").EnumerateArray()
            .Where(c => c.GetProperty("job_category").GetString() == jobCategory)
            .Select(c => c.GetProperty("published_count").GetInt32())
            .SingleOrDefault();
    }

    private static object Listing(string jobCategory, string title) => new Dictionary<string, object?>
    {
        ["title"] = title,
        ["description"] = "Service, troubleshoot and repair traction and hydraulic elevators across a portfolio of downtown office "
            + "towers. Otis and Schindler controllers, on-call rotation one week in six, company van and tools provided.",
        ["job_category"] = jobCategory,
        ["job_type"] = "permanent",
        ["visibility"] = "global",
        ["experience_level"] = "senior",
        ["location_type"] = "on_site",
        ["city"] = "Chicago",
        ["state_province"] = "IL",
        ["country"] = "US",
        ["postal_code"] = "60601",
        ["compensation_type"] = "hourly",
        ["salary_min"] = 48,
        ["salary_max"] = 62,
        ["currency"] = "USD",
        ["required_skills"] = new[] { "troubleshooting", "hydraulics" },
        ["positions_available"] = 1,
        ["urgency"] = "standard",
    };

    private static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            Assert.Fail($"Could not {what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
