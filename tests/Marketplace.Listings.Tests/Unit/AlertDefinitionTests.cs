using Marketplace.Listings.Api.Alerts;
using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.Listings.Tests.Unit;

public sealed class AlertDefinitionTests
{
    // None of these requests name a place to geocode; a call would mean the rules changed.
    private static UsGeocoder NoGeocoder() => throw new InvalidOperationException("not expected to geocode");

    private static JobAlertRequest Empty() => new(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    private static (JobAlertDefinition? Definition, Dictionary<string, string[]> Errors) Validate(JobAlertRequest request) =>
        JobAlertDefinition.From(request, NoGeocoder);

    [Test]
    public void An_empty_alert_defaults_to_instant_email()
    {
        var (definition, errors) = Validate(Empty());
        Assert.That(errors, Is.Empty);
        Assert.That(definition!.Frequency, Is.EqualTo(AlertFrequency.Instant));
        Assert.That(definition.Channels, Is.EqualTo(new[] { "email" }));
        Assert.That(definition.Name, Is.EqualTo(JobAlertDefinition.DefaultName));
    }

    [Test]
    public void Enum_values_are_stored_in_their_canonical_spelling()
    {
        var (definition, _) = Validate(Empty() with { Categories = ["HVAC_Technician"], Channels = ["SMS", "sms", "push"], Manufacturers = ["Otis"], Skills = [" Brazing "] });
        Assert.That(definition!.Categories, Is.EqualTo(new[] { "hvac_technician" }));
        Assert.That(definition.Channels, Is.EqualTo(new[] { "sms", "push" }));
        Assert.That(definition.Manufacturers, Is.EqualTo(new[] { "otis" }));
        Assert.That(definition.Skills, Is.EqualTo(new[] { "brazing" }));
    }

    [Test]
    public void A_radius_without_a_centre_is_refused() =>
        Assert.That(Validate(Empty() with { RadiusMiles = 10 }).Errors, Does.ContainKey("radius_miles"));

    [Test]
    public void A_negative_minimum_salary_is_refused() =>
        Assert.That(Validate(Empty() with { MinSalary = -5 }).Errors, Does.ContainKey("min_salary"));

    [Test]
    public void Unknown_frequency_channel_and_category_are_each_named()
    {
        var errors = Validate(Empty() with { Frequency = "hourly", Channels = ["fax"], Categories = ["astronaut"] }).Errors;
        Assert.That(errors.Keys, Is.EquivalentTo(new[] { "frequency", "channels", "categories" }));
    }

    [TestCase(AlertFrequency.Instant, 0)]
    [TestCase(AlertFrequency.Daily, 1)]
    [TestCase(AlertFrequency.Weekly, 7)]
    public void The_period_between_runs_follows_the_frequency(AlertFrequency frequency, int days) =>
        Assert.That(AlertSchedule.Period(frequency), Is.EqualTo(TimeSpan.FromDays(days)));
}
