using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Marketplace.Web.Tests.Browser;

/// <summary>
/// What the seeker flow needs before the browser starts, through the gateway's API: an employer's published listing
/// with screening questions, and a job seeker's profile (so Matching can score them). Waits until Applications and
/// Matching have consumed the listing's JobListingPublished, so the browser never races the events.
/// </summary>
internal sealed class SeekerSeed(HttpClient employer, HttpClient seeker)
{
    public static async Task<SeekerSeed> CreateAsync(Uri gateway, Guid seekerSub) =>
        new(await ClientAsync(gateway, Guid.NewGuid(), Guid.NewGuid(), "employer"), await ClientAsync(gateway, seekerSub, Guid.NewGuid(), "candidate", "technician"));

    public async Task<Guid> PublishListingAsync(string title)
    {
        var created = await employer.PostAsJsonAsync("/api/v1/jobs", new Dictionary<string, object?>
        {
            ["title"] = title,
            ["organization_name"] = "Lakeview Properties",
            ["description"] = "Service, troubleshoot and repair traction and hydraulic elevators across downtown office towers. "
                + "Otis controllers, on-call one week in six, company van and tools provided.",
            ["job_category"] = "elevator_mechanic", ["job_type"] = "permanent", ["visibility"] = "global", ["experience_level"] = "senior",
            ["location_type"] = "on_site", ["city"] = "Chicago", ["state_province"] = "IL", ["country"] = "US", ["postal_code"] = "60601",
            ["compensation_type"] = "hourly", ["salary_min"] = 48, ["salary_max"] = 62, ["currency"] = "USD",
            ["required_skills"] = new[] { "troubleshooting", "hydraulics" }, ["preferred_skills"] = new[] { "Otis controllers" },
            ["positions_available"] = 1, ["urgency"] = "urgent",
        });
        var id = (await ReadAsync(created, "create the listing")).GetProperty("id").GetGuid();
        await ReadAsync(await employer.PostAsJsonAsync($"/api/v1/jobs/{id}/screening-questions",
            new { text = "Years on hydraulic elevators?", question_type = "number", required = true, order = 1 }), "add a question");
        await ReadAsync(await employer.PostAsJsonAsync($"/api/v1/jobs/{id}/screening-questions",
            new { text = "Do you hold a QEI certification?", question_type = "yes_no", required = true, order = 2 }), "add a question");
        await ReadAsync(await employer.PostAsJsonAsync($"/api/v1/jobs/{id}/screening-questions",
            new { text = "Which controllers have you serviced?", question_type = "text", required = false, order = 3 }), "add a question");
        await ReadAsync(await employer.PostAsync($"/api/v1/jobs/{id}/publish", null), "publish the listing");
        return id;
    }

    public async Task CreateProfileAsync() =>
        await ReadAsync(await seeker.PutAsJsonAsync("/api/v1/profiles/me", new
        {
            current_title = "Elevator Mechanic",
            skills = new[] { "troubleshooting", "hydraulics", "traction elevators" },
            years_experience = 8,
            city = "Chicago", state_province = "IL", country = "US", postal_code = "60601",
            discoverable = true,
        }), "create the seeker's profile");

    /// <summary>The note the seeker saved the listing with, as the API lists it (null when not saved).</summary>
    public async Task<string?> SavedNoteAsync(Guid id)
    {
        var saved = await ReadAsync(await seeker.GetAsync("/api/v1/saved-jobs?page_size=100"), "list saved jobs");
        return saved.GetProperty("items").EnumerateArray()
            .Where(s => s.GetProperty("listing_id").GetGuid() == id)
            .Select(s => s.GetProperty("notes").GetString())
            .SingleOrDefault();
    }

    /// <summary>Applications takes applications, and Matching scores the seeker, once each has the listing's event.</summary>
    public async Task WaitUntilListedAsync(Guid id)
    {
        await UntilAsync(() => employer.GetAsync($"/api/v1/jobs/{id}/applications"));
        await UntilAsync(() => seeker.GetAsync($"/api/v1/matches/me/{id}"));
    }

    private static async Task UntilAsync(Func<Task<HttpResponseMessage>> call)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using var response = await call();
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Still {(int)response.StatusCode} after 60 s: {response.RequestMessage?.RequestUri}");
            }

            await Task.Delay(250);
        }
    }

    private static async Task<HttpClient> ClientAsync(Uri gateway, Guid sub, Guid organizationId, params string[] roles) =>
        (await GatewaySeed.SignInAsync(gateway, sub, organizationId, roles)).Http;

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, string what)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                Assert.Fail($"Could not {what}: {(int)response.StatusCode} {body}");
            }

            return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
        }
    }
}
