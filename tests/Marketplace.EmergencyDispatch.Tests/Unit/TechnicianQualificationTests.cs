using Marketplace.EmergencyDispatch.Api.Data;
using Marketplace.EmergencyDispatch.Api.Domain;

namespace Marketplace.EmergencyDispatch.Tests.Unit;

public sealed class TechnicianQualificationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 17, 0, 0, TimeSpan.Zero);
    private static JobRequirements Job() => new(
        "elevator_mechanic", new DateOnly(2026, 11, 30), ["hydraulics"], ["QEI"], 60m, PayType.Hourly, "USD");

    private static TechnicianRow Qualified() => new()
    {
        UserId = Guid.NewGuid(), OrganizationId = Guid.NewGuid(), Region = "midwest", IsActive = true, AvailableForEmergency = true,
        NotifyEmergency = true, Timezone = "America/Chicago", ServiceRadiusMiles = 20, Trades = ["elevator_mechanic"],
        Certifications = """[{"name":"QEI","expires_on":"2027-06-30"}]""", MinHourlyRate = 50m, Currency = "USD",
    };

    [Test]
    public void A_technician_meeting_every_criterion_qualifies() =>
        Assert.That(TechnicianQualification.WhyNot(Job(), Qualified(), 5, Now), Is.Null);

    [TestCase("inactive")]
    [TestCase("not_available_for_emergency")]
    [TestCase("emergency_notifications_off")]
    [TestCase("off_hours")]
    [TestCase("outside_service_radius")]
    [TestCase("trade")]
    [TestCase("certification")]
    [TestCase("expired_certification")]
    [TestCase("pay_below_minimum")]
    [TestCase("other_currency")]
    public void Each_criterion_alone_excludes(string criterion)
    {
        var t = Qualified();
        var distance = 5.0;
        var expected = criterion;
        switch (criterion)
        {
            case "inactive": t = Copy(t, isActive: false); break;
            case "not_available_for_emergency": t = Copy(t, emergency: false); break;
            case "emergency_notifications_off": t = Copy(t, notify: false); break;
            case "off_hours": t = Copy(t, start: new TimeOnly(6, 0), end: new TimeOnly(8, 0)); break;
            case "outside_service_radius": distance = 25; break;
            case "trade": t = Copy(t, trades: ["plumber"]); break;
            case "certification": t = Copy(t, certifications: "[]"); break;
            case "expired_certification": t = Copy(t, certifications: """[{"name":"QEI","expires_on":"2026-11-29"}]"""); expected = "certification"; break;
            case "pay_below_minimum": t = Copy(t, minHourly: 61m); break;
            case "other_currency": t = Copy(t, currency: "CAD"); expected = "pay_below_minimum"; break;
        }

        Assert.That(TechnicianQualification.WhyNot(Job(), t, distance, Now), Is.EqualTo(expected));
    }

    [Test]
    public void A_technician_willing_to_travel_qualifies_beyond_their_own_service_radius() =>
        Assert.That(TechnicianQualification.WhyNot(Job(), Copy(Qualified(), willingToTravel: true), 25, Now), Is.Null);

    private static TechnicianRow Copy(
        TechnicianRow t, bool? isActive = null, bool? emergency = null, bool? notify = null, TimeOnly? start = null, TimeOnly? end = null,
        string[]? trades = null, string? certifications = null, decimal? minHourly = null, string? currency = null, bool? willingToTravel = null) => new()
    {
        UserId = t.UserId, OrganizationId = t.OrganizationId, Region = t.Region, IsActive = isActive ?? t.IsActive,
        AvailableForEmergency = emergency ?? t.AvailableForEmergency, NotifyEmergency = notify ?? t.NotifyEmergency,
        Timezone = t.Timezone, AvailableHoursStart = start ?? t.AvailableHoursStart, AvailableHoursEnd = end ?? t.AvailableHoursEnd,
        ServiceRadiusMiles = t.ServiceRadiusMiles, Trades = trades ?? t.Trades, Certifications = certifications ?? t.Certifications,
        MinHourlyRate = minHourly ?? t.MinHourlyRate, Currency = currency ?? t.Currency, WillingToTravel = willingToTravel ?? t.WillingToTravel,
    };
}
