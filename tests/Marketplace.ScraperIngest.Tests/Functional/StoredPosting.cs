namespace Marketplace.ScraperIngest.Tests.Functional;

internal sealed class StoredPosting
{
    public string Platform { get; init; } = "";

    public string? Description { get; init; }

    public string? City { get; init; }

    public string? StateProvince { get; init; }

    public string? Country { get; init; }

    public bool IsRemote { get; init; }

    public double? Latitude { get; init; }

    public decimal? SalaryMin { get; init; }

    public decimal? SalaryMax { get; init; }

    public string? SalaryInterval { get; init; }

    public decimal? AnnualSalaryMin { get; init; }

    public int? ExperienceYearsMin { get; init; }

    public string[] Skills { get; init; } = [];
}
