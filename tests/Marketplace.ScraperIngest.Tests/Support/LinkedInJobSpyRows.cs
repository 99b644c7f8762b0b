using System.Globalization;
using System.Text.RegularExpressions;
using Marketplace.ScraperIngest.Api.Domain;

namespace Marketplace.ScraperIngest.Tests.Support;

/// <summary>
/// The 1,000 real LinkedIn postings (shared/data/postings, CC BY-SA, read in place) turned into the rows JobSpy
/// would post for them: its snake_case columns, "NaN" where pandas has no value, and an emails column with the
/// addresses found in the description (which the service must never store).
/// </summary>
public static partial class LinkedInJobSpyRows
{
    public static IReadOnlyList<Dictionary<string, object?>> Load(string path)
    {
        using var reader = new StreamReader(path);
        return CsvReader.ReadWithHeader(reader).Select(ToJobSpy).ToList();
    }

    private static Dictionary<string, object?> ToJobSpy(IReadOnlyDictionary<string, string> p)
    {
        var description = p.GetValueOrDefault("description", "");
        var emails = Email().Matches(description).Select(m => m.Value).Distinct().ToList();
        return new Dictionary<string, object?>
        {
            ["id"] = "li-" + p["job_id"],
            ["site"] = "linkedin",
            ["job_url"] = p["job_posting_url"],
            ["job_url_direct"] = NaN(p.GetValueOrDefault("application_url")),
            ["title"] = p["title"],
            ["company"] = NaN(p.GetValueOrDefault("company_name")),
            ["location"] = NaN(p.GetValueOrDefault("location")),
            ["date_posted"] = Date(p.GetValueOrDefault("listed_time")),
            ["job_type"] = NaN(p.GetValueOrDefault("work_type")?.ToLowerInvariant().Replace("_", "", StringComparison.Ordinal)),
            ["interval"] = NaN(p.GetValueOrDefault("pay_period")?.ToLowerInvariant()),
            ["min_amount"] = Number(p.GetValueOrDefault("min_salary")) ?? Number(p.GetValueOrDefault("med_salary")),
            ["max_amount"] = Number(p.GetValueOrDefault("max_salary")) ?? Number(p.GetValueOrDefault("med_salary")),
            ["currency"] = NaN(p.GetValueOrDefault("currency")),
            ["is_remote"] = p.GetValueOrDefault("remote_allowed") is "1" or "1.0",
            ["job_level"] = NaN(p.GetValueOrDefault("formatted_experience_level")),
            ["job_function"] = "NaN",
            ["emails"] = emails.Count == 0 ? "NaN" : string.Join(", ", emails),
            ["description"] = NaN(description),
            ["company_industry"] = "NaN",
            ["company_url"] = "NaN",
            ["skills"] = "NaN",
            ["experience_range"] = "NaN",
        };
    }

    private static object NaN(string? value) => string.IsNullOrWhiteSpace(value) ? "NaN" : value;

    private static object? Number(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static object Date(string? epochMilliseconds) =>
        double.TryParse(epochMilliseconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)ms).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : "NaN";

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex Email();
}
