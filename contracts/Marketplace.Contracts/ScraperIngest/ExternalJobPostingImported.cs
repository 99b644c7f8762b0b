namespace Marketplace.Contracts.ScraperIngest;

/// <summary>
/// A scraped posting was stored for the first time (<see cref="IsUpdate"/> false) or changed since it was last
/// seen (true). <see cref="PostingId"/> is stable for one external job across re-imports, so consumers upsert on it.
/// Salary figures are parsed; <see cref="AnnualSalaryMin"/>/<see cref="AnnualSalaryMax"/> are annualized for comparison.
/// </summary>
public sealed record ExternalJobPostingImported(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PostingId,
    bool IsUpdate,
    string Platform,
    string? ExternalId,
    string Url,
    string Title,
    string? Company,
    string? Description,
    string? City,
    string? StateProvince,
    string? Country,
    double? Latitude,
    double? Longitude,
    bool IsRemote,
    string? JobType,
    decimal? SalaryMin,
    decimal? SalaryMax,
    string? SalaryInterval,
    string? Currency,
    decimal? AnnualSalaryMin,
    decimal? AnnualSalaryMax,
    int? ExperienceYearsMin,
    IReadOnlyList<string> Skills,
    Guid? RoleId,
    string? RoleName,
    DateTimeOffset? DatePosted,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt) : IIntegrationEvent;
