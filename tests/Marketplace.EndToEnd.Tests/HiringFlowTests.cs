using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.ServiceDefaults.Http;
using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.EndToEnd.Tests;

/// <summary>
/// Issue 10 across the topology, through the gateway: Listings publishes, Applications takes the application through
/// the pipeline, and the hire comes back to Listings as the listing's last position filled.
/// </summary>
[NonParallelizable]
public sealed class HiringFlowTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Test]
    public async Task Publish_apply_shortlist_interview_offer_accept_hire_fills_the_listing()
    {
        var gateway = TopologySetup.Topology.GatewayUrl;
        var employer = await MarketplaceClient.SignInAsync(gateway, Guid.NewGuid(), MarketplaceRoles.Employer);
        var candidate = await MarketplaceClient.SignInAsync(gateway, Guid.NewGuid(), MarketplaceRoles.Candidate);
        var job = await employer.CreateAndPublishListingAsync("elevator_mechanic", "Elevator Mechanic — hiring flow end to end");

        // Applications learns of the listing through JobListingPublished; until then the job is unknown there (404).
        JsonElement application = default;
        Assert.That(await EventuallyAsync(async () =>
        {
            using var response = await candidate.Http.PostAsJsonAsync($"/api/v1/jobs/{job}/apply", new
            {
                cover_letter = "Ten years on traction units.",
                applicant = new { name = "Dana Reyes", email = "dana@example.org", skills = new[] { "troubleshooting", "hydraulics" } },
            }, HttpConventions.JsonOptions);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return false;
            }

            Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
            application = await response.Content.ReadFromJsonAsync<JsonElement>();
            return true;
        }), Is.True, "the listing never reached Applications");
        var id = application.GetProperty("id").GetGuid();

        var ranked = await SendAsync(employer, HttpMethod.Get, $"/api/v1/jobs/{job}/applications?sort=match_score");
        Assert.That(ranked.GetProperty("items")[0].GetProperty("id").GetGuid(), Is.EqualTo(id));
        // Matching scores the frozen snapshot (ApplicationSubmitted → ApplicationScored) and Applications ranks by it.
        Assert.That(await EventuallyAsync(async () => (await SendAsync(employer, HttpMethod.Get,
            $"/api/v1/jobs/{job}/applications?sort=match_score")).GetProperty("items")[0].GetProperty("match_score") is
            { ValueKind: JsonValueKind.Number } score && score.GetDecimal() is > 0 and <= 100), Is.True, "no match score arrived from Matching");

        await SendAsync(employer, HttpMethod.Patch, $"/api/v1/jobs/applications/{id}/status", new { status = "shortlisted" });
        var interview = await SendAsync(employer, HttpMethod.Post, $"/api/v1/jobs/applications/{id}/interview", new
        {
            interview_type = "in_person", scheduled_at = DateTimeOffset.UtcNow.AddDays(3), duration_minutes = 60, location = "100 N LaSalle St",
        }, HttpStatusCode.Created);
        await SendAsync(employer, HttpMethod.Post, $"/api/v1/jobs/applications/{id}/interviews/{interview.GetProperty("id").GetGuid()}/complete",
            new { rating = 5, recommendation = "strong_hire" });
        await SendAsync(employer, HttpMethod.Post, $"/api/v1/jobs/applications/{id}/offer", new
        {
            position_title = "Elevator Mechanic", compensation_type = "hourly", amount = 58m, currency = "USD", expires_at = DateTimeOffset.UtcNow.AddDays(7),
        }, HttpStatusCode.Created);
        await SendAsync(candidate, HttpMethod.Post, $"/api/v1/jobs/applications/{id}/offer/respond", new { response = "accepted" });
        var hired = await SendAsync(employer, HttpMethod.Patch, $"/api/v1/jobs/applications/{id}/status", new { status = "hired" });
        Assert.That(hired.GetProperty("status").GetString(), Is.EqualTo("hired"));

        var mine = await SendAsync(candidate, HttpMethod.Get, "/api/v1/jobs/my-applications");
        Assert.That(mine.GetProperty("items")[0].GetProperty("status").GetString(), Is.EqualTo("hired"));

        // Listings consumes CandidateHired: its one position is filled, so the listing is filled.
        Assert.That(await EventuallyAsync(async () =>
        {
            var listing = await SendAsync(employer, HttpMethod.Get, $"/api/v1/jobs/{job}");
            return listing.GetProperty("status").GetString() == "filled" && listing.GetProperty("positions_filled").GetInt32() == 1
                && listing.GetProperty("application_count").GetInt32() == 1;
        }), Is.True, "the hire never reached Listings");
    }

    private static async Task<JsonElement> SendAsync(MarketplaceClient client, HttpMethod method, string path, object? body = null,
        HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: HttpConventions.JsonOptions);
        }

        using var response = await client.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), $"{method} {path}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(500);
        }

        return await condition();
    }
}
