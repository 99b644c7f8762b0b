namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>Days as technicians give them: "mon".."sun" or the full English name, stored as the three-letter form.</summary>
public static class Weekdays
{
    private static readonly string[] Short = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public static string Of(DayOfWeek day) => Short[(int)day];

    public static string? Normalize(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var t = text.Trim().ToLowerInvariant();
        return t.Length >= 3 && Array.IndexOf(Short, t[..3]) is var i and >= 0
            && Enum.GetName((DayOfWeek)i)!.StartsWith(t, StringComparison.OrdinalIgnoreCase) ? Short[i] : null;
    }
}
