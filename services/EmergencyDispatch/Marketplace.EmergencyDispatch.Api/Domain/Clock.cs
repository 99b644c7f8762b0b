using System.Globalization;

namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>Times of day ("08:00", "17:30:00") and IANA time zones ("America/Chicago"), resolved without ICU.</summary>
public static class Clock
{
    private static readonly string[] Formats = ["HH:mm", "HH:mm:ss"];

    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public static TimeZoneInfo? Zone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Contains('\0', StringComparison.Ordinal) || id.Length > 64)
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;
    }
}
