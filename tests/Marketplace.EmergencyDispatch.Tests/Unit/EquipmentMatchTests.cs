using Marketplace.EmergencyDispatch.Api.Domain;

namespace Marketplace.EmergencyDispatch.Tests.Unit;

public sealed class EquipmentMatchTests
{
    [Test]
    public void The_manufacturers_and_equipment_a_job_names_are_found_ignoring_case_punctuation_and_plurals() =>
        Assert.That(new EquipmentMatch("OTIS Gen2, stuck between floors; hydraulic elevator").Named(["Otis", "KONE"], ["gen2", "Hydraulic elevators", "traction"]),
            Is.EqualTo(new[] { "Otis", "gen2", "Hydraulic elevators" }));

    [Test]
    public void A_term_matches_only_when_all_its_words_are_named() =>
        Assert.That(new EquipmentMatch("Schindler traction machine").Named([], ["hydraulic machine", "traction"]), Is.EqualTo(new[] { "traction" }));

    [Test]
    public void A_job_without_equipment_context_names_nothing() =>
        Assert.That(new EquipmentMatch(null).Named(["Otis"], ["Gen2"]), Is.Empty);
}
