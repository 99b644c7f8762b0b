using Marketplace.EmergencyDispatch.Api.Domain;

namespace Marketplace.EmergencyDispatch.Tests.Unit;

public sealed class AvailabilityWindowTests
{
    // Monday 30 November 2026: New York is UTC-5, Los Angeles UTC-8.
    private static readonly DateTimeOffset MondayNoonNewYork = new(2026, 11, 30, 17, 0, 0, TimeSpan.Zero);

    [Test]
    public void Iana_time_zones_resolve_under_invariant_globalization()
    {
        Assert.That(Clock.Zone("America/Chicago"), Is.Not.Null);
        Assert.That(Clock.Zone("Europe/Berlin"), Is.Not.Null);
        Assert.That(Clock.Zone("Mars/Olympus_Mons"), Is.Null);
    }

    [Test]
    public void Hours_are_read_in_the_technicians_own_time_zone()
    {
        var nineToFive = (new TimeOnly(9, 0), new TimeOnly(17, 0));
        Assert.That(AvailabilityWindow.IsOpen(MondayNoonNewYork, "America/New_York", [], nineToFive.Item1, nineToFive.Item2), Is.True);
        // 09:00 in Los Angeles is 17:00 UTC: the window has just opened there.
        Assert.That(AvailabilityWindow.IsOpen(MondayNoonNewYork, "America/Los_Angeles", [], nineToFive.Item1, nineToFive.Item2), Is.True);
        Assert.That(AvailabilityWindow.IsOpen(MondayNoonNewYork.AddMinutes(-1), "America/Los_Angeles", [], nineToFive.Item1, nineToFive.Item2), Is.False);
        // 18:00 in Berlin: closed.
        Assert.That(AvailabilityWindow.IsOpen(MondayNoonNewYork, "Europe/Berlin", [], nineToFive.Item1, nineToFive.Item2), Is.False);
    }

    [Test]
    public void Days_are_the_local_day_not_the_utc_day()
    {
        // 03:00 UTC Tuesday is still Monday evening (22:00) in New York.
        var lateMonday = new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);
        Assert.That(AvailabilityWindow.IsOpen(lateMonday, "America/New_York", ["mon"], null, null), Is.True);
        Assert.That(AvailabilityWindow.IsOpen(lateMonday, "America/New_York", ["tue"], null, null), Is.False);
    }

    [Test]
    public void An_overnight_shift_covers_the_early_morning_of_the_next_day()
    {
        var tuesdayTwoAm = new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero); // 02:00 New York, Tuesday
        Assert.That(AvailabilityWindow.IsOpen(tuesdayTwoAm, "America/New_York", ["mon"], new TimeOnly(22, 0), new TimeOnly(6, 0)), Is.True);
        Assert.That(AvailabilityWindow.IsOpen(tuesdayTwoAm, "America/New_York", ["tue"], new TimeOnly(22, 0), new TimeOnly(6, 0)), Is.False);
    }
}
