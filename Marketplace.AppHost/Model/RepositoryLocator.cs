namespace Marketplace.AppHost.Model;

/// <summary>The repository root: the nearest folder above the AppHost's binaries holding Marketplace.sln.</summary>
public static class RepositoryLocator
{
    public static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Marketplace.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Marketplace.sln not found above the AppHost or the current directory.");
    }
}
