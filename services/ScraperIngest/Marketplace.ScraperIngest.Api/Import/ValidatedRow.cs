using Marketplace.ScraperIngest.Api.Domain;

namespace Marketplace.ScraperIngest.Api.Import;

/// <summary>A row that passed <see cref="PostingParser.Validate"/>: it will be imported, under <see cref="DedupKey"/>.</summary>
public sealed record ValidatedRow(RawRow Row, string DedupKey, string Platform, string? ExternalId, Uri Url, string Title, Salary? Salary);
