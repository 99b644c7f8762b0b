using Microsoft.Extensions.Configuration;

namespace Marketplace.ServiceDefaults.ReferenceData;

/// <summary>
/// Where the shared reference data lives (O*NET, GeoNames, BLS wages): "ReferenceData:Path" when configured,
/// otherwise the first "shared/data" found beside the repository or one of its parents (a clone sits next to
/// shared/, see ../shared/data/README.md). The data is third-party and is not copied into the repository.
/// </summary>
public static class ReferenceDataDirectory
{
    public static string? Locate(IConfiguration? configuration = null)
    {
        var configured = configuration?["ReferenceData:Path"] ?? Environment.GetEnvironmentVariable("MARKETPLACE_REFERENCE_DATA");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured) ? configured : null;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data");
                if (Directory.Exists(Path.Combine(candidate, "geo")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public static string Require(IConfiguration? configuration = null) =>
        Locate(configuration) ?? throw new DirectoryNotFoundException(
            "The shared reference data was not found: set ReferenceData:Path (or MARKETPLACE_REFERENCE_DATA) to the shared/data folder.");
}
