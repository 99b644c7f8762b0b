namespace Marketplace.Testing;

/// <summary>The repository root (the folder holding Marketplace.sln) above the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Marketplace.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Marketplace.sln not found above {AppContext.BaseDirectory}.");
    }

    /// <summary>
    /// The 1,000 real LinkedIn postings (CC BY-SA), for tests and benchmarks only: read in place from
    /// &lt;root&gt;/../shared/data/postings, never shipped. The product's own reference data is in data/reference.
    /// </summary>
    public static string PostingsSample()
    {
        var path = Path.GetFullPath(Path.Combine(Find(), "..", "shared", "data", "postings", "linkedin_postings_sample_1000.csv"));
        return File.Exists(path) ? path : throw new FileNotFoundException("The postings sample is read from ../shared/data/postings beside the clone.", path);
    }
}
