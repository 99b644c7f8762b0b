using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marketplace.EmergencyDispatch.Tests.Functional;

/// <summary>Bad input is 400 problem+json naming the field, never a 500, on every endpoint.</summary>
public sealed class ValidationTests : DispatchFixture
{
    [TestCase("latitude", 91.0)]
    [TestCase("longitude", -181.0)]
    [TestCase("pay_rate", 0)]
    [TestCase("pay_rate", -5)]
    [TestCase("broadcast_radius_miles", 101)]
    [TestCase("time_end", "07:00")]
    [TestCase("title", "Stuck\u0000lift")]
    [TestCase("job_category", "astronaut")]
    [TestCase("pay_type", "per_banana")]
    [TestCase("visibility", "everyone")]
    [TestCase("currency", "dollars")]
    [TestCase("date_needed", "2020-01-01")]
    [TestCase("expires_at", "2020-01-01T00:00:00Z")]
    [TestCase("required_skills", null)]
    [TestCase("pay_rate", "lots")]
    public async Task A_bad_job_field_is_named(string field, object? value)
    {
        var body = JobBody(Spot());
        body[field] = field == "required_skills" ? new JsonArray((JsonNode?)null) : JsonValue.Create(value);
        using var response = await PostAsync(Dispatcher(), "/api/v1/emergency-jobs", body);
        await AssertNamesAsync(response, field == "required_skills" ? "required_skills[0]" : field);
    }

    [Test]
    public async Task A_missing_title_is_named()
    {
        var body = JobBody(Spot());
        body.Remove("title");
        using var response = await PostAsync(Dispatcher(), "/api/v1/emergency-jobs", body);
        await AssertNamesAsync(response, "title");
    }

    [Test]
    public async Task An_escalation_beyond_the_documented_maximum_is_named()
    {
        var body = JobBody(Spot());
        body["escalation"] = new JsonObject { ["first_wave_size"] = 5, ["max_radius_miles"] = 1000 };
        using var response = await PostAsync(Dispatcher(), "/api/v1/emergency-jobs", body);
        await AssertNamesAsync(response, "escalation.max_radius_miles");
    }

    [TestCase("timezone", "Mars/Olympus_Mons")]
    [TestCase("service_radius_miles", 500)]
    [TestCase("home_latitude", -95)]
    [TestCase("available_hours_start", "25:00")]
    [TestCase("notification_method", "pigeon")]
    [TestCase("min_hourly_rate", 0)]
    public async Task A_bad_availability_field_is_named(string field, object value)
    {
        var body = AvailabilityBody(Spot());
        body[field] = JsonValue.Create(value);
        if (field == "available_hours_start")
        {
            body["available_hours_end"] = "17:00";
        }

        using var client = Client(Technician());
        using var response = await client.PutAsJsonAsync("/api/v1/emergency-jobs/availability/me", body, Json);
        await AssertNamesAsync(response, field);
    }

    [Test]
    public async Task A_bad_toggle_type_is_named()
    {
        using var response = await PostAsync(Technician(), "/api/v1/emergency-jobs/availability/me/toggle", new { available_type = "forever", is_available = true });
        await AssertNamesAsync(response, "available_type");
    }

    [TestCase("near_lat=100&near_lng=0", "near_lat")]
    [TestCase("near_lat=abc&near_lng=0", "near_lat")]
    [TestCase("near_lng=0", "near_lat")]
    [TestCase("near_lat=0&near_lng=0&radius_miles=1000", "radius_miles")]
    [TestCase("near_lat=0&near_lng=0&page=2147483647", "page")]
    [TestCase("near_lat=0&near_lng=0&categories=astronaut", "categories")]
    [TestCase("near_lat=0&near_lng=0&categories=%00", "categories")]
    public async Task A_bad_search_parameter_is_named(string query, string field)
    {
        using var client = Client(Technician());
        using var response = await client.GetAsync(new Uri($"/api/v1/emergency-jobs?{query}", UriKind.Relative));
        await AssertNamesAsync(response, field);
    }

    [Test]
    public async Task Respond_assign_and_cancel_name_their_bad_fields()
    {
        var id = Guid.NewGuid();
        using var respond = await PostAsync(Technician(), $"/api/v1/emergency-jobs/{id}/respond", new { available = true, eta_minutes = -1 });
        await AssertNamesAsync(respond, "eta_minutes");
        using var assign = await PostAsync(Dispatcher(), $"/api/v1/emergency-jobs/{id}/assign", new { technician_user_id = "not-a-uuid" });
        await AssertNamesAsync(assign, "technician_user_id");
        using var cancel = await PostAsync(Dispatcher(), $"/api/v1/emergency-jobs/{id}/cancel", new { reason = "a\u0000b" });
        await AssertNamesAsync(cancel, "reason");
    }

    [TestCase("", "upgrade")]
    [TestCase("?region=%00", "region")]
    public async Task The_board_answers_a_plain_or_bad_request_with_400_naming_the_field(string query, string field)
    {
        using var client = Client(Technician());
        using var response = await client.GetAsync(new Uri($"/api/v1/emergency-jobs/ws{query}", UriKind.Relative));
        await AssertNamesAsync(response, field);
    }

    [Test]
    public async Task A_token_whose_organization_is_not_a_uuid_is_refused_not_a_500()
    {
        var client = Service.CreateClient();
        var token = Marketplace.ServiceDefaults.Identity.DevelopmentTokens.Create(new(Guid.NewGuid(), null, ["dispatcher"]));
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var response = await client.PostAsJsonAsync("/api/v1/emergency-jobs", JobBody(Spot()), Json);
        Assert.That((int)response.StatusCode, Is.EqualTo(403));
        client.Dispose();
    }

    [Test]
    public async Task A_body_that_is_not_json_is_400()
    {
        using var client = Client(Dispatcher());
        using var response = await client.PostAsync(new Uri("/api/v1/emergency-jobs", UriKind.Relative),
            new StringContent("{not json", Encoding.UTF8, "application/json"));
        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task The_endpoints_are_in_the_openapi_document()
    {
        using var client = Client(caller: null);
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.That(paths, Is.SupersetOf(new[]
        {
            "/api/v1/emergency-jobs", "/api/v1/emergency-jobs/{id}", "/api/v1/emergency-jobs/{id}/respond",
            "/api/v1/emergency-jobs/{id}/assign", "/api/v1/emergency-jobs/{id}/cancel", "/api/v1/emergency-jobs/availability/me",
            "/api/v1/emergency-jobs/availability/me/toggle", "/api/v1/emergency-jobs/metrics", "/api/v1/emergency-jobs/ws",
        }));
        var parameters = document.GetProperty("paths").GetProperty("/api/v1/emergency-jobs").GetProperty("get").GetProperty("parameters");
        Assert.That(parameters.EnumerateArray().Select(p => p.GetProperty("name").GetString()), Does.Contain("near_lat"));
    }

    private static async Task AssertNamesAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(400), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Does.Contain(field), text);
    }
}
