using System.Collections.Frozen;
using System.Globalization;
using Marketplace.Listings.Api.Domain;
using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.Listings.Api.Assistant;

/// <summary>
/// data/reference/oews/oews_national_M2024.csv by SOC code, and the SOC occupation of each job category. Missing data
/// (no file, a suppressed "*" or top-coded "#" figure) gives no benchmark rather than a wrong one.
/// </summary>
public sealed class BlsWages
{
    private static readonly Dictionary<JobCategory, string> SocByCategory = new()
    {
        [JobCategory.ElevatorTechnician] = "47-4021", [JobCategory.ElevatorMechanic] = "47-4021", [JobCategory.ElevatorHelper] = "47-3019",
        [JobCategory.ElevatorInspector] = "47-4011", [JobCategory.HvacTechnician] = "49-9021", [JobCategory.HvacEngineer] = "17-2141",
        [JobCategory.ElectricalTechnician] = "49-2094", [JobCategory.Electrician] = "47-2111", [JobCategory.Plumber] = "47-2152",
        [JobCategory.FireSafetyTechnician] = "49-2098", [JobCategory.BuildingAutomation] = "49-2094", [JobCategory.SecuritySystems] = "49-2098",
        [JobCategory.GeneralMaintenance] = "49-9071", [JobCategory.BuildingManager] = "11-9141", [JobCategory.PropertyManager] = "11-9141",
        [JobCategory.FacilitiesDirector] = "11-3013", [JobCategory.MaintenanceSupervisor] = "49-1011", [JobCategory.OperationsManager] = "11-1021",
        [JobCategory.RegionalManager] = "11-1021", [JobCategory.Dispatcher] = "43-5032", [JobCategory.Coordinator] = "43-6014",
        [JobCategory.Administrator] = "43-6014", [JobCategory.Estimator] = "13-1051", [JobCategory.Inspector] = "47-4011",
    };

    private readonly FrozenDictionary<string, WageBenchmark> bySoc;

    private BlsWages(Dictionary<string, WageBenchmark> wages) => bySoc = wages.ToFrozenDictionary(StringComparer.Ordinal);

    public WageBenchmark? For(JobCategory category) =>
        SocByCategory.TryGetValue(category, out var soc) ? bySoc.GetValueOrDefault(soc) : null;

    public static BlsWages Load(string? referenceDataDirectory)
    {
        var wages = new Dictionary<string, WageBenchmark>(StringComparer.Ordinal);
        const string file = "oews/oews_national_M2024.csv";
        if (referenceDataDirectory is null || !ReferenceFiles.Exists(referenceDataDirectory, file))
        {
            return new BlsWages(wages);
        }

        using var lines = ReferenceFiles.ReadLines(referenceDataDirectory, file).GetEnumerator();
        if (!lines.MoveNext())
        {
            return new BlsWages(wages);
        }

        var header = Csv.Split(lines.Current);
        int Column(string name) => header.IndexOf(name);
        var (code, title) = (Column("OCC_CODE"), Column("OCC_TITLE"));
        var columns = new[] { "H_PCT25", "H_MEDIAN", "H_PCT75", "A_PCT25", "A_MEDIAN", "A_PCT75" }.Select(Column).ToArray();
        while (lines.MoveNext())
        {
            var f = Csv.Split(lines.Current);
            if (f.Count < header.Count)
            {
                continue;
            }

            var v = columns.Select(c => Number(f[c])).ToArray();
            wages.TryAdd(f[code], new WageBenchmark(f[code], f[title], v[0], v[1], v[2], v[3], v[4], v[5]));
        }

        return new BlsWages(wages);
    }

    private static decimal? Number(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
}
