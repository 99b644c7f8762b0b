using Marketplace.ScraperIngest.Api.Domain;

namespace Marketplace.ScraperIngest.Api.Import;

/// <summary>A scraped row after validation, parsing and scrubbing: what is stored and published.</summary>
public sealed record ParsedPosting(
    string DedupKey,
    string Platform,
    string? ExternalId,
    string Url,
    string? UrlDirect,
    string Title,
    string? Company,
    string? CompanyUrl,
    string? CompanyIndustry,
    string? Description,
    string? LocationText,
    ParsedLocation Location,
    string? JobType,
    string? JobLevel,
    string? JobFunction,
    Salary? Salary,
    int? ExperienceYearsMin,
    IReadOnlyList<string> Skills,
    DateTimeOffset? DatePosted,
    byte[] ContentHash,
    byte[] PayloadHash);
