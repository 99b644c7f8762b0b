namespace Marketplace.ScraperIngest.Tests.Support;

/// <summary>
/// The shared reference data, read in place and never copied into the repository: "&lt;repo root&gt;/../shared/data",
/// else /work/shared/data.
/// </summary>
public static class SharedData
{
    public static string Directory { get; } = Locate();

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Marketplace.sln")))
            {
                var beside = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                if (System.IO.Directory.Exists(beside))
                {
                    return beside;
                }

                break;
            }
        }

        return "/work/shared/data";
    }
}
