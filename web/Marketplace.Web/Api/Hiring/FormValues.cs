using System.Globalization;

namespace Marketplace.Web.Api.Hiring;

/// <summary>Parsing what native date inputs give ("2027-03-15T15:00", "2027-03-15"), read as UTC as the labels say.</summary>
public static class FormValues
{
    public static bool TryUtc(string? value, out DateTimeOffset utc)
    {
        utc = default;
        if (string.IsNullOrWhiteSpace(value)
            || !DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return false;
        }

        utc = new DateTimeOffset(parsed, TimeSpan.Zero);
        return true;
    }

    public static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string DateInput(DateTime utc) => utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
