using System.Net.Http.Json;
using Marketplace.ServiceDefaults.Http;

namespace Marketplace.Fuzz.Tests;

/// <summary>
/// A service the fuzz guard hosts: its assembly (whose global <c>Program</c> is the entry point), the connection name
/// of its database, and any extra headers a valid caller needs (an API key for the scraper routes). A new service is
/// one line here; a new endpoint needs nothing, since operations come from the service's OpenAPI document.
/// </summary>
public sealed record FuzzedService(
    string Name,
    string AssemblyName,
    string ConnectionName,
    Func<HttpClient, Task<IReadOnlyDictionary<string, string>>>? ExtraHeaders = null)
{
    public static IReadOnlyList<FuzzedService> All { get; } =
    [
        new("listings", "Marketplace.Listings.Api", "listingsdb"),
        new("applications", "Marketplace.Applications.Api", "applicationsdb"),
        new("matching", "Marketplace.Matching.Api", "matchingdb"),
        new("emergency-dispatch", "Marketplace.EmergencyDispatch.Api", "dispatchdb"),
        new("scraper-ingest", "Marketplace.ScraperIngest.Api", "ingestdb", ScraperApiKeyAsync),
        new("market-analytics", "Marketplace.MarketAnalytics.Api", "analyticsdb"),
    ];

    public override string ToString() => Name;

    /// <summary>The scraper queue authenticates with X-Api-Key: an admin (the fuzz caller) creates one.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> ScraperApiKeyAsync(HttpClient admin)
    {
        using var response = await admin.PostAsJsonAsync("/api/v1/scraper/keys", new { name = "fuzz" }, HttpConventions.JsonOptions);
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(HttpConventions.JsonOptions);
        return new Dictionary<string, string> { ["X-Api-Key"] = created.GetProperty("key").GetString()! };
    }
}
