using System.Globalization;
using System.Text.RegularExpressions;

namespace Marketplace.ScraperIngest.Api.Domain;

/// <summary>"5+ years" → 5, "3-5 years" → 3, "minimum of 2 years of experience" → 2; nothing recognizable → null.</summary>
public static partial class ExperienceParser
{
    public static int? MinimumYears(string? experienceRange, string? description = null)
    {
        var fromRange = FirstYears(experienceRange);
        return fromRange ?? FirstYears(description, requireExperienceWord: true);
    }

    private static int? FirstYears(string? text, bool requireExperienceWord = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = requireExperienceWord ? YearsOfExperience().Match(text) : Years().Match(text);
        return match.Success && int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var years) && years <= 50
            ? years
            : null;
    }

    [GeneratedRegex(@"(?i)(?<n>\d{1,2})\s*\+?\s*(?:(?:-|to|–)\s*\d{1,2}\s*)?(?:years?|yrs?)", RegexOptions.NonBacktracking)]
    private static partial Regex Years();

    [GeneratedRegex(@"(?i)(?<n>\d{1,2})\s*\+?\s*(?:(?:-|to|–)\s*\d{1,2}\s*)?(?:years?|yrs?)\s+(?:of\s+)?(?:\w+\s+){0,3}?experience", RegexOptions.NonBacktracking)]
    private static partial Regex YearsOfExperience();
}
