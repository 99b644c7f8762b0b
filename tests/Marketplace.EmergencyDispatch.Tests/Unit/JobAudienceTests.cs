using Marketplace.EmergencyDispatch.Api.Domain;

namespace Marketplace.EmergencyDispatch.Tests.Unit;

/// <summary>The live board's copy of emergency_job_visible: each tier admits once and refuses once.</summary>
public sealed class JobAudienceTests
{
    private static readonly Guid Organization = Guid.NewGuid();

    private static JobAudience Job(string visibility) => new(visibility, Organization, ["net-a"], "midwest", "elevator_mechanic");

    private static Viewer Stranger(
        Guid? organization = null, string[]? networks = null, string? region = "west", string[]? trades = null, bool verified = false) =>
        new(organization ?? Guid.NewGuid(), networks ?? ["net-z"], region, trades ?? ["plumber"], verified);

    [TestCase("internal")]
    [TestCase("network")]
    [TestCase("regional")]
    [TestCase("industry")]
    [TestCase("global")]
    public void A_stranger_is_refused(string visibility) => Assert.That(Job(visibility).Admits(Stranger()), Is.False);

    [TestCase("internal")]
    [TestCase("network")]
    [TestCase("regional")]
    [TestCase("industry")]
    [TestCase("global")]
    public void The_posting_organization_is_always_admitted(string visibility) =>
        Assert.That(Job(visibility).Admits(Stranger(organization: Organization)), Is.True);

    [Test]
    public void Network_admits_a_shared_contractor_network() => Assert.That(Job("network").Admits(Stranger(networks: ["net-b", "net-a"])), Is.True);

    [Test]
    public void Regional_admits_the_same_region() => Assert.That(Job("regional").Admits(Stranger(region: "Midwest")), Is.True);

    [Test]
    public void Industry_admits_the_same_trade() => Assert.That(Job("industry").Admits(Stranger(trades: ["elevator_mechanic"])), Is.True);

    [Test]
    public void Global_admits_a_verified_user() => Assert.That(Job("global").Admits(Stranger(verified: true)), Is.True);

    [Test]
    public void A_narrower_tier_does_not_admit_by_a_wider_tiers_rule() =>
        Assert.That(Job("regional").Admits(Stranger(trades: ["elevator_mechanic"], verified: true)), Is.False);
}
