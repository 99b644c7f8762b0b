using Marketplace.ScraperIngest.Api.Domain;
using Marketplace.ScraperIngest.Tests.Support;
using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.ScraperIngest.Tests.Domain;

/// <summary>Location and skill parsing against the reference data the product ships (GeoNames, O*NET).</summary>
public sealed class ReferenceDataParsingTests
{
    private static readonly Lazy<LocationParser> Locations = new(() => new LocationParser(UsGeocoder.Load(ReferenceFiles.RequireDirectory())));
    private static readonly Lazy<SkillExtractor> Skills = new(() => new SkillExtractor(SkillVocabularyLoader.Load(ReferenceFiles.RequireDirectory())));

    [Test]
    public void City_state_country_location_is_split_and_geocoded()
    {
        var location = Locations.Value.Parse("Austin, TX, US", null);
        Assert.Multiple(() =>
        {
            Assert.That((location.City, location.StateProvince, location.Country, location.IsRemote), Is.EqualTo(("Austin", "TX", "US", false)));
            // The shared cities list has three "Austin, TX" rows (one per county); any of them is within 0.3°.
            Assert.That(location.Latitude, Is.EqualTo(30.27).Within(0.3));
            Assert.That(location.Longitude, Is.EqualTo(-97.74).Within(0.2));
        });
    }

    [Test]
    public void Remote_location_is_remote_without_a_place()
    {
        var location = Locations.Value.Parse("Remote", null);
        Assert.That((location.IsRemote, location.City, location.Latitude), Is.EqualTo((true, (string?)null, (double?)null)));
    }

    [Test]
    public void State_name_with_country_resolves_to_the_state_code() =>
        Assert.That(Locations.Value.Parse("Texas, United States", null).StateProvince, Is.EqualTo("TX"));

    [Test]
    public void Onet_technologies_and_trade_terms_are_found_in_text()
    {
        var found = Skills.Value.Extract([], "HVAC Technician", "Experience with Microsoft Excel, BACnet controls and EPA 608 certification; Python a plus.");
        Assert.That(found, Is.SupersetOf(new[] { "HVAC", "Microsoft Excel", "BACnet", "EPA 608", "Python" }));
    }

    [Test]
    public void Ordinary_words_that_name_software_are_not_skills() =>
        Assert.That(Skills.Value.Extract([], "Line cook", "Our chef will go over how to react to rush hour."), Is.Empty);
}
