using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.ServiceDefaults.Tests.ReferenceData;

public sealed class UsGeocoderTests
{
    private static readonly Lazy<UsGeocoder> Geocoder = new(() => UsGeocoder.Load(ReferenceFiles.RequireDirectory()));

    [Test]
    public void Postal_code_resolves_to_its_place()
    {
        var point = Geocoder.Value.ByPostalCode("78701");
        Assert.That(point, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(point!.City, Is.EqualTo("Austin"));
            Assert.That(point.StateCode, Is.EqualTo("TX"));
            Assert.That(point.Latitude, Is.EqualTo(30.27).Within(0.1));
            Assert.That(point.Longitude, Is.EqualTo(-97.74).Within(0.1));
        });
    }

    [Test]
    public void City_resolves_with_state_code_or_state_name()
    {
        var byCode = Geocoder.Value.ByCity("Chicago", "IL");
        var byName = Geocoder.Value.ByCity("chicago", "Illinois");
        Assert.That(byCode, Is.Not.Null);
        Assert.That(byName, Is.EqualTo(byCode));
        Assert.That(byCode!.Latitude, Is.EqualTo(41.88).Within(0.2));
    }

    [Test]
    public void City_spanning_several_counties_resolves_near_its_centre()
    {
        // Austin is listed once per county (Hays, Travis, Williamson); downtown is 30.27, -97.74.
        var austin = Geocoder.Value.ByCity("Austin", "TX")!;
        Assert.That(austin.Latitude, Is.EqualTo(30.27).Within(0.1));
        Assert.That(austin.Longitude, Is.EqualTo(-97.74).Within(0.1));
    }

    [Test]
    public void Same_city_name_in_another_state_is_another_place()
    {
        var portlandOregon = Geocoder.Value.ByCity("Portland", "OR")!;
        var portlandMaine = Geocoder.Value.ByCity("Portland", "ME")!;
        Assert.That(portlandOregon.Longitude, Is.LessThan(-120));
        Assert.That(portlandMaine.Longitude, Is.GreaterThan(-72));
    }

    [Test]
    public void Unknown_places_resolve_to_nothing()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Geocoder.Value.ByPostalCode("00000"), Is.Null);
            Assert.That(Geocoder.Value.ByCity("Atlantis", "TX"), Is.Null);
            Assert.That(Geocoder.Value.StateCode("Narnia"), Is.Null);
        });
    }
}
