namespace Marketplace.ScraperIngest.Api.Import;

/// <summary>Why the row at <see cref="Index"/> (0-based, in the order received) was not imported.</summary>
public sealed record RowError(int Index, string Reason);
