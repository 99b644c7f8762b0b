namespace Marketplace.ScraperIngest.Api.Import;

public sealed record ImportCounts(int New, int Updated, int Skipped)
{
    public static ImportCounts Zero { get; } = new(0, 0, 0);

    public ImportCounts Add(ImportCounts other) => new(New + other.New, Updated + other.Updated, Skipped + other.Skipped);
}
