using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.ServiceDefaults.Http;
using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.EndToEnd.Tests;

/// <summary>
/// Matching across services through the gateway: a job seeker's profile, an employer's published listing
/// (Listings → outbox → RabbitMQ → Matching), and the recommendation with its reasons. Apply → ranked applicant
/// needs Applications and is added when that service lands.
/// </summary>
[NonParallelizable]
public sealed class MatchingEndToEndTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Test]
    public async Task A_published_listing_is_recommended_to_a_fitting_profile_with_reasons()
    {
        var seeker = await MarketplaceClient.SignInAsync(TopologySetup.Topology.GatewayUrl, Guid.NewGuid(), MarketplaceRoles.Technician);
        var employer = await MarketplaceClient.SignInAsync(TopologySetup.Topology.GatewayUrl, Guid.NewGuid(), MarketplaceRoles.Employer);
        using var profile = await seeker.Http.PutAsJsonAsync("/api/v1/profiles/me", new Dictionary<string, object?>
        {
            ["current_title"] = "Elevator Mechanic",
            ["skills"] = new[] { "Troubleshooting", "Hydraulics", "Traction elevators" },
            ["years_experience"] = 9,
            ["city"] = "Chicago",
            ["state_province"] = "IL",
            ["postal_code"] = "60601",
            ["service_radius_miles"] = 30,
            ["expected_pay_text"] = "$45-55/hr",
            ["preferred_roles"] = new[] { "Elevator Mechanic" },
        }, HttpConventions.JsonOptions);
        Assert.That(profile.StatusCode, Is.EqualTo(HttpStatusCode.OK), await profile.Content.ReadAsStringAsync());

        var jobId = await employer.CreateAndPublishListingAsync("elevator_mechanic", "Elevator Mechanic — downtown towers");

        var deadline = DateTime.UtcNow + Patience;
        JsonElement? recommendation = null;
        while (recommendation is null && DateTime.UtcNow < deadline)
        {
            using var response = await seeker.Http.GetAsync("/api/v1/recommendations?page_size=100");
            if (response.IsSuccessStatusCode)
            {
                var page = await response.Content.ReadFromJsonAsync<JsonElement>();
                recommendation = page.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("job_id").GetGuid() == jobId).Cast<JsonElement?>().FirstOrDefault();
            }

            if (recommendation is null)
            {
                await Task.Delay(500);
            }
        }

        Assert.That(recommendation, Is.Not.Null, $"listing {jobId} was not recommended within {Patience}");
        Assert.That(recommendation!.Value.GetProperty("score").GetDecimal(), Is.GreaterThanOrEqualTo(70m));
        Assert.That(recommendation.Value.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()), Has.Some.Contains("required skills"));
    }
}
