namespace Marketplace.Listings.Benchmarks;

/// <summary>One real LinkedIn posting from shared/data/postings: the text and pay that seed generated listings.</summary>
public sealed record Posting(string Title, string Description, decimal? SalaryMin, decimal? SalaryMax, string? PayPeriod);
