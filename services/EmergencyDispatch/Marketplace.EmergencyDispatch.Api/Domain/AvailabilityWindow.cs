namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>
/// Whether a technician is on call at an instant: the day and the time of day are read in their own time zone.
/// No days means every day; no hours means all day; an end before the start is an overnight shift (22:00–06:00),
/// whose early-morning part belongs to the previous day's shift.
/// </summary>
public static class AvailabilityWindow
{
    public static bool IsOpen(DateTimeOffset now, string timezone, IReadOnlyCollection<string> days, TimeOnly? start, TimeOnly? end)
    {
        var zone = Clock.Zone(timezone) ?? TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
        var today = local.DayOfWeek;
        bool DayAllowed(DayOfWeek day) => days.Count == 0 || days.Contains(Weekdays.Of(day));

        if (start is not { } s || end is not { } e || s == e)
        {
            return DayAllowed(today);
        }

        if (s < e)
        {
            return DayAllowed(today) && time >= s && time < e;
        }

        // Overnight: from the start until midnight belongs to today, after midnight until the end to yesterday.
        var yesterday = (DayOfWeek)(((int)today + 6) % 7);
        return (time >= s && DayAllowed(today)) || (time < e && DayAllowed(yesterday));
    }
}
