using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.MarketAnalytics.Api.Reference;

/// <summary>
/// The one place this service reads reference data from (O*NET, BLS OEWS, GeoNames), by paths relative to
/// the shared reference data directory. Loaded once, on first use.
/// </summary>
public sealed class ReferenceFiles(string directory)
{
    public const string OccupationData = "onet/Occupation Data.csv";
    public const string AlternateTitles = "onet/Alternate Titles.csv";
    public const string OewsNational = "oews/oews_national_M2024.csv";

    public string Directory { get; } = directory;

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    public static ReferenceFiles Locate(IConfiguration configuration) => new(ReferenceDataDirectory.Require(configuration));

    public UsGeocoder LoadGeocoder() => UsGeocoder.Load(Directory);
}
