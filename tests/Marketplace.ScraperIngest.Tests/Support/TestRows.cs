namespace Marketplace.ScraperIngest.Tests.Support;

/// <summary>The shared LinkedIn postings as JobSpy rows, re-identified per test so tests never share postings.</summary>
public static class TestRows
{
    private static readonly Lazy<IReadOnlyList<Dictionary<string, object?>>> Postings = new(() => LinkedInJobSpyRows.Load(Marketplace.Testing.RepositoryRoot.PostingsSample()));

    public static List<Dictionary<string, object?>> LinkedIn(string tag, int count = 1000) =>
        Postings.Value.Take(count).Select(row => new Dictionary<string, object?>(row) { ["id"] = $"{row["id"]}-{tag}" }).ToList();

    public static Dictionary<string, object?> Minimal(string tag, int n) => new()
    {
        ["id"] = $"t-{tag}-{n}",
        ["site"] = "indeed",
        ["job_url"] = $"https://www.indeed.com/viewjob?jk={tag}{n}",
        ["title"] = "Elevator Mechanic",
        ["company"] = "Upward Lifts",
        ["location"] = "Austin, TX, US",
        ["min_amount"] = 42,
        ["max_amount"] = 50,
        ["interval"] = "hourly",
        ["description"] = "Service hydraulic elevators. 5+ years of experience. Apply to hiring@upward.example.com.",
    };

    public static string NewTag() => Guid.NewGuid().ToString("N")[..10];
}
