using Marketplace.MarketAnalytics.Api.Domain;
using Marketplace.MarketAnalytics.Api.Reference;
using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.MarketAnalytics.Tests;

/// <summary>Roles and places as people type them, resolved locally from O*NET, the job categories and GeoNames.</summary>
public sealed class ReferenceResolutionTests
{
    private static readonly Lazy<MarketReference> Reference = new(() => MarketReference.Load(ReferenceFiles.RequireDirectory()));

    [TestCase("HVAC tech", "49-9021.00")]
    [TestCase("hvac_technician", "49-9021.00")]
    [TestCase("Plumber", "47-2152.00")]
    [TestCase("elevator mechanic", "47-4021.00")]
    [TestCase("Elevator Mech", "47-4021.00")]
    [TestCase("property manager", "11-9141.00")]
    [TestCase("Electricians", "47-2111.00")]
    [TestCase("47-2152", "47-2152.00")]
    [TestCase("commercial refrigeration tech", "49-9021.00")]
    [TestCase("Dispatcher", "43-5032.00")]
    [TestCase("Maintenance supervisor", "49-1011.00")]
    public void A_typed_role_resolves_to_its_occupation(string typed, string key) =>
        Assert.That(Reference.Value.ResolveRole(typed)?.Role.Key, Is.EqualTo(key));

    [Test]
    public void A_job_category_wins_over_an_alternate_title_of_another_occupation() =>
        // Listings and emergency jobs of the dispatcher category are counted under 43-5032; typing it must find them.
        Assert.That(Reference.Value.ResolveRole("dispatcher")?.Role.Key, Is.EqualTo(Reference.Value.RoleOfCategory("dispatcher").Key));

    [TestCase("xyzzy frobnicator")]
    [TestCase("")]
    public void Gibberish_resolves_to_no_role(string typed) =>
        Assert.That(Reference.Value.ResolveRole(typed), Is.Null);

    [Test]
    public void A_job_category_maps_to_its_occupation() =>
        Assert.That(Reference.Value.RoleOfCategory("elevator_mechanic").Key, Is.EqualTo("47-4021.00"));

    [TestCase("Austin, TX", "us-tx-austin", LocationLevel.City, "Austin, TX")]
    [TestCase("austin texas", "us-tx-austin", LocationLevel.City, "Austin, TX")]
    [TestCase("Austin, Texas, USA", "us-tx-austin", LocationLevel.City, "Austin, TX")]
    [TestCase("Texas", "us-tx", LocationLevel.State, "TX")]
    [TestCase("tx", "us-tx", LocationLevel.State, "TX")]
    [TestCase("United States", "us", LocationLevel.Country, "US")]
    public void A_typed_place_resolves_to_its_canonical_location(string typed, string key, LocationLevel level, string name)
    {
        var location = Reference.Value.Locations.Resolve(typed);
        Assert.That((location?.Key, location?.Level, location?.Name), Is.EqualTo((key, level, name)));
    }

    [TestCase("Nowhereville, ZZ")]
    [TestCase("Atlantis")]
    public void An_unknown_place_resolves_to_nothing(string typed) =>
        Assert.That(Reference.Value.Locations.Resolve(typed), Is.Null);

    [Test]
    public void An_events_fields_give_its_most_specific_place() =>
        Assert.That(Reference.Value.Locations.FromFields("austin", "Texas", "US").Key, Is.EqualTo("us-tx-austin"));

    [Test]
    public void A_place_outside_the_us_keeps_its_country() =>
        Assert.That(Reference.Value.Locations.FromFields("Toronto", "ON", "CA").Key, Is.EqualTo("ca"));
}
