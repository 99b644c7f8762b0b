namespace Marketplace.Listings.Benchmarks;

/// <summary>The shared reference data: "&lt;repo root&gt;/../shared/data", else /work/shared/data. Read in place, never copied.</summary>
public static class SharedData
{
    public static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Marketplace.sln")))
            {
                var beside = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                if (Directory.Exists(beside))
                {
                    return beside;
                }
            }
        }

        return Directory.Exists("/work/shared/data") ? "/work/shared/data" : throw new DirectoryNotFoundException("shared/data not found");
    }
}
