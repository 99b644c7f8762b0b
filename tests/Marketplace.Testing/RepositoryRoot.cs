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

    /// <summary>Reference data (O*NET, geo, wages, postings): &lt;root&gt;/../shared/data, else /work/shared/data.</summary>
    public static string SharedData()
    {
        var beside = Path.GetFullPath(Path.Combine(Find(), "..", "shared", "data"));
        return Directory.Exists(beside) ? beside : "/work/shared/data";
    }
}
