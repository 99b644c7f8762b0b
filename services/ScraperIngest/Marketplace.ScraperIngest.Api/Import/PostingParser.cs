using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Marketplace.ScraperIngest.Api.Domain;
using Microsoft.Extensions.Options;

namespace Marketplace.ScraperIngest.Api.Import;

/// <summary>
/// Validates and parses one JobSpy row (issue 4, Import), in two steps so that a large request can be written while
/// it is still being parsed (docs/adr/0045):
/// <see cref="Validate"/> checks what can make a row fail (a title, an absolute http(s) job URL, salary figures) and
/// derives its dedup key, cheaply; <see cref="Complete"/> does the expensive part, which cannot fail: e-mail
/// addresses and phone numbers scrubbed from the description (the emails column is ignored), location, skills,
/// experience and the content hash. A row that cannot be imported gets a reason, never an exception.
/// </summary>
public sealed class PostingParser(LocationParser locations, SkillExtractor skills, IOptions<ImportOptions> options)
{
    private static readonly byte[] FieldSeparator = [0x1F];

    private readonly HashSet<string> unstableIdPlatforms = new(options.Value.UnstableIdPlatforms, StringComparer.OrdinalIgnoreCase);

    public ParseResult<ValidatedRow> Validate(RawRow row)
    {
        var title = row.First("title", "job_title");
        if (title is null)
        {
            return ParseResult<ValidatedRow>.Fail("title is required");
        }

        var urlText = row.First("job_url", "url", "job_posting_url");
        if (urlText is null)
        {
            return ParseResult<ValidatedRow>.Fail("job_url is required");
        }

        if (!UrlNormalizer.TryParse(urlText, out var url))
        {
            return ParseResult<ValidatedRow>.Fail("job_url is not an absolute http(s) URL");
        }

        var salary = ParseSalary(row);
        if (!salary.Succeeded)
        {
            return ParseResult<ValidatedRow>.Fail(salary.Error!);
        }

        var platform = Platform(row["site"], url);
        var externalId = row.First("id", "job_id");
        var dedupKey = externalId is null || unstableIdPlatforms.Contains(platform)
            ? "url:" + UrlNormalizer.Normalize(url)
            : $"{platform}:{externalId}";
        return ParseResult<ValidatedRow>.Ok(new ValidatedRow(row, dedupKey, platform, externalId, url, title, salary.Value));
    }

    public ParsedPosting Complete(ValidatedRow valid)
    {
        var row = valid.Row;
        var direct = row["job_url_direct"] is { } directText && UrlNormalizer.TryParse(directText, out var directUrl) ? directUrl.ToString() : null;
        // Every free-text field is scrubbed, not only the description: a title or company can carry contacts too (issue #9, item 3).
        var description = ContactScrubber.Scrub(row["description"]);
        var title = ContactScrubber.Scrub(valid.Title)!;
        var locationText = ContactScrubber.Scrub(row["location"]);
        var location = locations.Parse(locationText, Bool(row["is_remote"]));
        var listed = (row["skills"] ?? "").Split([',', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var found = skills.Extract(listed, title, description);
        var experience = ExperienceParser.MinimumYears(row.First("experience_range", "experience"), description);

        var posting = new ParsedPosting(
            valid.DedupKey,
            valid.Platform,
            valid.ExternalId,
            valid.Url.ToString(),
            direct,
            title,
            ContactScrubber.Scrub(row.First("company", "company_name")),
            row["company_url"],
            ContactScrubber.Scrub(row["company_industry"]),
            description,
            locationText,
            location,
            ContactScrubber.Scrub(row.First("job_type", "work_type")),
            ContactScrubber.Scrub(row["job_level"]),
            ContactScrubber.Scrub(row["job_function"]),
            valid.Salary,
            experience,
            found,
            Date(row["date_posted"]),
            [],
            row.PayloadHash);
        return posting with { ContentHash = ContentHash(posting) };
    }

    private static ParseResult<Salary?> ParseSalary(RawRow row)
    {
        var currency = row["currency"];
        var minText = row.First("min_amount", "min_salary");
        var maxText = row.First("max_amount", "max_salary");
        if (minText is not null || maxText is not null)
        {
            if (!TryAmount(minText, out var min))
            {
                return ParseResult<Salary?>.Fail($"min_amount '{minText}' is not a number");
            }

            if (!TryAmount(maxText, out var max))
            {
                return ParseResult<Salary?>.Fail($"max_amount '{maxText}' is not a number");
            }

            return SalaryParser.FromAmounts(min, max, row.First("interval", "pay_period"), currency);
        }

        return SalaryParser.FromText(row.First("salary", "salary_text", "compensation"), currency);
    }

    private static bool TryAmount(string? text, out decimal? amount)
    {
        amount = null;
        if (text is null)
        {
            return true;
        }

        if (decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal).TrimStart('$'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            amount = Math.Round(value, 2);
            return true;
        }

        return false;
    }

    private static string Platform(string? site, Uri url)
    {
        if (site is not null)
        {
            return site.Trim().ToLowerInvariant().Replace(' ', '_');
        }

        var host = url.Host.ToLowerInvariant();
        string[] known = ["linkedin", "indeed", "glassdoor", "ziprecruiter", "google", "bayt", "naukri"];
        var match = known.FirstOrDefault(k => host.Contains(k, StringComparison.Ordinal));
        return match switch
        {
            null => host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host,
            "ziprecruiter" => "zip_recruiter",
            _ => match,
        };
    }

    private static bool? Bool(string? text) => text?.ToLowerInvariant() switch
    {
        null => null,
        "true" or "1" or "1.0" or "yes" or "y" => true,
        "false" or "0" or "0.0" or "no" or "n" => false,
        _ => null,
    };

    /// <summary>ISO dates ("2024-04-17"), timestamps, or epoch seconds/milliseconds; anything else is no date.</summary>
    private static DateTimeOffset? Date(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var epoch) && epoch > 0)
        {
            return epoch > 1e11 ? DateTimeOffset.FromUnixTimeMilliseconds((long)epoch) : DateTimeOffset.FromUnixTimeSeconds((long)epoch);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date
            : null;
    }

    /// <summary>
    /// What a change means: the stored fields, not the raw row (key order or an emails column do not count). The
    /// SHA-256 of the fields' text joined by U+001F, hashed part by part rather than joined into one string first.
    /// </summary>
    private static byte[] ContentHash(ParsedPosting p)
    {
        object?[] parts =
        [
            p.Url, p.UrlDirect, p.Title, p.Company, p.CompanyUrl, p.CompanyIndustry, p.Description, p.LocationText,
            p.Location.IsRemote, p.JobType, p.JobLevel, p.JobFunction,
            p.Salary?.Min, p.Salary?.Max, p.Salary?.Interval, p.Salary?.Currency,
            p.ExperienceYearsMin, string.Join('\u001e', p.Skills), p.DatePosted?.ToUnixTimeSeconds(),
        ];
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    hash.AppendData(FieldSeparator);
                }

                var text = parts[i]?.ToString() ?? "";
                if (Encoding.UTF8.GetMaxByteCount(text.Length) > buffer.Length)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
                }

                hash.AppendData(buffer, 0, Encoding.UTF8.GetBytes(text, buffer));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return hash.GetHashAndReset();
    }
}
