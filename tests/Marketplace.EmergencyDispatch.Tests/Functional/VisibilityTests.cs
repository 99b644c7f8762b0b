using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Marketplace.EmergencyDispatch.Api.Domain;
using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.EmergencyDispatch.Tests.Functional;

/// <summary>
/// The five visibility tiers (ARCHITECTURE §4) on the broadcast (the technicians' claims stored on their profiles) and
/// on the read paths (the caller's token): open jobs near me, the detail and respond. Each tier includes once and
/// excludes once; all of it is the SQL function emergency_job_visible.
/// </summary>
public sealed class VisibilityTests : DispatchFixture
{
    private static TokenRequest Token(
        Guid? organization = null, string[]? networks = null, string? region = "west", string[]? trades = null, bool verified = true) =>
        new(Guid.NewGuid(), organization ?? Guid.NewGuid(), [MarketplaceRoles.Technician], networks, region, trades, verified);

    private static TokenRequest Poster(Guid organization, string[]? networks = null) =>
        new(Guid.NewGuid(), organization, [MarketplaceRoles.Dispatcher], networks, "midwest", null, true);

    /// <summary>Posts a job of the given visibility with one technician it should reach and one it should not; returns who was notified.</summary>
    private async Task<(IReadOnlyList<Guid> Notified, Guid Included, Guid Excluded)> BroadcastAsync(
        string visibility, Func<Guid, TokenRequest> included, Func<Guid, TokenRequest> excluded, string[]? posterNetworks = null)
    {
        var site = Spot();
        var organization = Guid.NewGuid();
        var inside = await OnCallTechnicianAsync(included(organization), North(site, 1));
        var outside = await OnCallTechnicianAsync(excluded(organization), North(site, 1));
        var job = await PostJobAsync(Poster(organization, posterNetworks), site, b => b["visibility"] = visibility);
        var notified = (await OutboxAsync("TechnicianNotified", Id(job))).Select(n => n.GetProperty("technicianUserId").GetGuid()).ToList();
        return (notified, inside.Sub, outside.Sub);
    }

    [Test]
    public async Task An_internal_broadcast_reaches_the_posting_organization_only()
    {
        var (notified, included, _) = await BroadcastAsync("internal", org => Token(org), _ => Token(region: "midwest"));
        Assert.That(notified, Is.EqualTo(new[] { included }));
    }

    [Test]
    public async Task A_network_broadcast_reaches_a_shared_contractor_network_only()
    {
        var network = $"net-{Guid.NewGuid():N}";
        var (notified, included, _) = await BroadcastAsync(
            "network", _ => Token(networks: [network]), _ => Token(networks: [$"net-{Guid.NewGuid():N}"], region: "midwest"), [network]);
        Assert.That(notified, Is.EqualTo(new[] { included }));
    }

    [Test]
    public async Task A_regional_broadcast_reaches_the_same_region_only()
    {
        var (notified, included, _) = await BroadcastAsync("regional", _ => Token(region: "midwest"), _ => Token(region: "west"));
        Assert.That(notified, Is.EqualTo(new[] { included }));
    }

    [Test]
    public async Task An_industry_broadcast_reaches_a_technician_of_the_trade_even_unverified()
    {
        // Every broadcast requires the trade; industry differs from global in not requiring verification.
        var (notified, included, excluded) = await BroadcastAsync("industry", _ => Token(verified: false), _ => Token(verified: false));
        Assert.That(notified, Is.EquivalentTo(new[] { included, excluded }));
    }

    [Test]
    public async Task A_global_broadcast_reaches_verified_technicians_only()
    {
        var (notified, included, _) = await BroadcastAsync("global", _ => Token(verified: true), _ => Token(verified: false));
        Assert.That(notified, Is.EqualTo(new[] { included }));
    }

    /// <summary>A viewer who may see a job of that visibility and one who may not, by their token alone (no profile).</summary>
    private static (TokenRequest Sees, TokenRequest DoesNot) Viewers(string visibility, Guid organization, string network) => visibility switch
    {
        "internal" => (Token(organization), Token(networks: [network], region: "midwest", trades: ["elevator_mechanic"])),
        "network" => (Token(networks: [network]), Token(networks: ["net-other"], region: "west")),
        "regional" => (Token(region: "midwest"), Token(region: "west", trades: ["elevator_mechanic"])),
        "industry" => (Token(trades: ["elevator_mechanic"], verified: false), Token(trades: ["plumber"], region: "midwest")),
        _ => (Token(verified: true), Token(verified: false)),
    };

    [TestCase("internal")]
    [TestCase("network")]
    [TestCase("regional")]
    [TestCase("industry")]
    [TestCase("global")]
    public async Task Open_jobs_near_me_and_the_detail_show_a_job_only_to_whom_its_visibility_reaches(string visibility)
    {
        var site = Spot();
        var organization = Guid.NewGuid();
        var network = $"net-{Guid.NewGuid():N}";
        var job = await PostJobAsync(Poster(organization, [network]), site, b => b["visibility"] = visibility);
        var (sees, doesNot) = Viewers(visibility, organization, network);

        Assert.That(await NearbyAsync(sees, site), Is.EqualTo(new[] { Id(job) }), "listed to the viewer it reaches");
        Assert.That(await NearbyAsync(doesNot, site), Is.Empty, "not listed to the viewer it does not reach");
        Assert.That(await DetailStatusAsync(sees, Id(job)), Is.EqualTo(200));
        Assert.That(await DetailStatusAsync(doesNot, Id(job)), Is.EqualTo(404));
    }

    [Test]
    public async Task An_industry_job_is_listed_to_a_technician_whose_profile_holds_the_trade()
    {
        var site = Spot();
        var technician = await OnCallTechnicianAsync(Token(trades: null, verified: false), North(site, 40));
        var job = await PostJobAsync(Poster(Guid.NewGuid()), site, b => b["visibility"] = "industry");
        Assert.That(await NearbyAsync(technician, site), Is.EqualTo(new[] { Id(job) }));
    }

    [Test]
    public async Task A_notified_technician_who_no_longer_sees_the_job_cannot_respond()
    {
        var site = Spot();
        var technician = await OnCallTechnicianAsync(Token(region: "midwest"), North(site, 1));
        var job = await PostJobAsync(Poster(Guid.NewGuid()), site, b => b["visibility"] = "regional");
        Assert.That(job.GetProperty("notifications_sent").GetInt32(), Is.EqualTo(1));

        using var moved = await PostAsync(technician with { Region = "west" }, $"/api/v1/emergency-jobs/{Id(job)}/respond", new { available = true });
        Assert.That((int)moved.StatusCode, Is.EqualTo(404));
        Assert.That(moved.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        using var same = await PostAsync(technician, $"/api/v1/emergency-jobs/{Id(job)}/respond", new { available = true });
        Assert.That((int)same.StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task A_network_job_needs_the_posters_contractor_networks()
    {
        using var response = await PostAsync(Poster(Guid.NewGuid()), "/api/v1/emergency-jobs", WithVisibility("network"));
        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.That(problem.GetProperty("errors").TryGetProperty("visibility", out _), Is.True, problem.ToString());
    }

    [Test]
    public async Task A_technicians_captured_claims_are_shown_on_their_availability()
    {
        var network = $"net-{Guid.NewGuid():N}";
        var technician = await OnCallTechnicianAsync(Token(networks: [network], region: "midwest"), Spot());
        using var client = Client(technician);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/emergency-jobs/availability/me", Json);
        Assert.That(me.GetProperty("network_ids")[0].GetString(), Is.EqualTo(network));
        Assert.That(me.GetProperty("region").GetString(), Is.EqualTo("midwest"));
        Assert.That(me.GetProperty("verified").GetBoolean(), Is.True);
    }

    [Test]
    public async Task The_live_boards_rule_agrees_with_the_sql_function_on_every_tier_and_viewer()
    {
        var organization = Guid.NewGuid();
        var viewers = new List<Viewer>();
        foreach (var org in new Guid?[] { organization, Guid.NewGuid(), null })
        foreach (var networks in new[] { Array.Empty<string>(), ["net-a"], ["net-b"] })
        foreach (var region in new[] { "midwest", "MIDWEST", "west", null })
        foreach (var trades in new[] { Array.Empty<string>(), ["elevator_mechanic"], ["plumber"] })
        foreach (var verified in new[] { true, false })
        {
            viewers.Add(new Viewer(org, networks, region, trades, verified));
        }

        await using var db = await OpenDatabaseAsync();
        var disagreements = new List<string>();
        foreach (var visibility in new[] { "internal", "network", "regional", "industry", "global" })
        foreach (var jobRegion in new[] { "midwest", null })
        {
            var job = new JobAudience(visibility, organization, ["net-a"], jobRegion, "elevator_mechanic");
            foreach (var viewer in viewers)
            {
                var sql = await db.ExecuteScalarAsync<bool>("""
                    select emergency_job_visible(@Visibility, @OrganizationId, @NetworkIds, @Region, @JobCategory,
                                                 @ViewerOrganizationId, @ViewerNetworkIds, @ViewerRegion, @ViewerTrades, @ViewerVerified)
                    """,
                    new
                    {
                        job.Visibility, job.OrganizationId, NetworkIds = job.NetworkIds.ToArray(), job.Region, job.JobCategory,
                        ViewerOrganizationId = viewer.OrganizationId, ViewerNetworkIds = viewer.NetworkIds.ToArray(), ViewerRegion = viewer.Region,
                        ViewerTrades = viewer.Trades.ToArray(), ViewerVerified = viewer.Verified,
                    });
                if (sql != job.Admits(viewer))
                {
                    disagreements.Add($"{job} / {viewer}: sql {sql}");
                }
            }
        }

        Assert.That(disagreements, Is.Empty);
    }

    private static System.Text.Json.Nodes.JsonObject WithVisibility(string visibility)
    {
        var body = JobBody(Spot());
        body["visibility"] = visibility;
        return body;
    }

    private async Task<IReadOnlyList<Guid>> NearbyAsync(TokenRequest caller, (double Lat, double Lng) site)
    {
        using var client = Client(caller);
        var page = await client.GetFromJsonAsync<JsonElement>(
            $"/api/v1/emergency-jobs?near_lat={site.Lat}&near_lng={site.Lng}&radius_miles=5", Json);
        return page.GetProperty("items").EnumerateArray().Select(Id).ToList();
    }

    private async Task<int> DetailStatusAsync(TokenRequest caller, Guid id)
    {
        using var client = Client(caller);
        using var response = await client.GetAsync(new Uri($"/api/v1/emergency-jobs/{id}", UriKind.Relative));
        return (int)response.StatusCode;
    }
}
