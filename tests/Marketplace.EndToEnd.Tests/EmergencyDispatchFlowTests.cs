using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.ServiceDefaults.Http;
using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.EndToEnd.Tests;

/// <summary>Emergency-Dispatch through the gateway (issue #12): on call, posted, answered, assigned, filled.</summary>
[NonParallelizable]
public sealed class EmergencyDispatchFlowTests
{
    private static JsonSerializerOptions Json => HttpConventions.JsonOptions;

    [Test]
    public async Task A_technician_on_call_answers_an_emergency_job_and_is_assigned_to_it()
    {
        var gateway = TopologySetup.Topology.GatewayUrl;
        var technician = await MarketplaceClient.SignInAsync(gateway, Guid.NewGuid(), MarketplaceRoles.Technician);
        var dispatcher = await MarketplaceClient.SignInAsync(gateway, Guid.NewGuid(), MarketplaceRoles.Dispatcher);
        var (lat, lng) = (41.6 + Random.Shared.NextDouble() / 10, -87.9 + Random.Shared.NextDouble() / 10);

        using var availability = await technician.Http.PutAsJsonAsync("/api/v1/emergency-jobs/availability/me", new
        {
            available_for_emergency = true, timezone = "America/Chicago", service_radius_miles = 25,
            home_latitude = lat + 0.02, home_longitude = lng, trades = new[] { "elevator_mechanic" }, notification_method = "push",
        }, Json);
        Assert.That((int)availability.StatusCode, Is.EqualTo(200), await availability.Content.ReadAsStringAsync());
        var technicianId = (await availability.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("user_id").GetGuid();

        using var posted = await dispatcher.Http.PostAsJsonAsync("/api/v1/emergency-jobs", new
        {
            title = "Passenger elevator out of service", job_category = "elevator_mechanic", latitude = lat, longitude = lng,
            date_needed = DateOnly.FromDateTime(DateTime.UtcNow), pay_rate = 80, pay_type = "hourly", broadcast_radius_miles = 5,
            equipment_context = "Otis Gen2, stuck between floors",
        }, Json);
        Assert.That((int)posted.StatusCode, Is.EqualTo(201), await posted.Content.ReadAsStringAsync());
        var job = await posted.Content.ReadFromJsonAsync<JsonElement>(Json);
        var jobId = job.GetProperty("id").GetGuid();
        Assert.That(job.GetProperty("notifications_sent").GetInt32(), Is.GreaterThanOrEqualTo(1));

        using var responded = await technician.Http.PostAsJsonAsync($"/api/v1/emergency-jobs/{jobId}/respond", new { available = true, eta_minutes = 30 }, Json);
        Assert.That((int)responded.StatusCode, Is.EqualTo(200), await responded.Content.ReadAsStringAsync());

        using var assigned = await dispatcher.Http.PostAsJsonAsync($"/api/v1/emergency-jobs/{jobId}/assign", new { technician_user_id = technicianId }, Json);
        Assert.That((int)assigned.StatusCode, Is.EqualTo(200), await assigned.Content.ReadAsStringAsync());

        var filled = await dispatcher.Http.GetFromJsonAsync<JsonElement>($"/api/v1/emergency-jobs/{jobId}", Json);
        Assert.That(filled.GetProperty("status").GetString(), Is.EqualTo("filled"));
        Assert.That(filled.GetProperty("assigned_technician_id").GetGuid(), Is.EqualTo(technicianId));
    }
}
