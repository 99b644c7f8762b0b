using Marketplace.ServiceDefaults.ReferenceData;
using Marketplace.ScraperIngest.Api.Domain;

namespace Marketplace.ScraperIngest.Api.Roles;

/// <summary>
/// Canonical roles from O*NET occupations (data/reference/onet) with their alternate titles as aliases. The trades
/// (SOC 47 construction, 49 installation/maintenance/repair) and building-management occupations are the
/// marketplace's own, so they are queued at high priority and everything else at low (issue 4: "first").
/// </summary>
public static class OnetRoleCatalog
{
    public const int MaxAliases = 30;

    private static readonly HashSet<string> BuildingManagement = new(StringComparer.Ordinal)
    {
        "11-3013", // Facilities Managers
        "11-9141", // Property, Real Estate, and Community Association Managers
        "11-9021", // Construction Managers
        "37-1011", // First-Line Supervisors of Housekeeping and Janitorial Workers
        "37-2011", // Janitors and Cleaners
        "47-4011", // Construction and Building Inspectors
        "33-9032", // Security Guards (building security)
    };

    public static IReadOnlyList<SeedRole> Load(string referenceDataDirectory)
    {
        var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var reader = ReferenceFiles.OpenText(referenceDataDirectory, "onet/Alternate Titles.csv"))
        {
            foreach (var row in CsvReader.ReadWithHeader(reader))
            {
                var code = row.GetValueOrDefault("O*NET-SOC Code", "");
                if (!aliases.TryGetValue(code, out var list))
                {
                    aliases[code] = list = [];
                }

                if (list.Count < MaxAliases && row.GetValueOrDefault("Alternate Title") is { Length: > 0 } title
                    && !list.Contains(title, StringComparer.OrdinalIgnoreCase))
                {
                    list.Add(title);
                }
            }
        }

        var roles = new List<SeedRole>();
        using var occupations = ReferenceFiles.OpenText(referenceDataDirectory, "onet/Occupation Data.csv");
        foreach (var row in CsvReader.ReadWithHeader(occupations))
        {
            var code = row.GetValueOrDefault("O*NET-SOC Code", "");
            var name = row.GetValueOrDefault("Title", "").Trim();
            if (code.Length < 7 || name.Length == 0)
            {
                continue;
            }

            var category = Category(code);
            var priority = category is "trades" or "building_management" ? RolePriority.High : RolePriority.Low;
            roles.Add(new SeedRole(name, code, category, priority, aliases.GetValueOrDefault(code) ?? []));
        }

        return roles;
    }

    internal static string Category(string socCode) =>
        BuildingManagement.Contains(socCode[..7]) ? "building_management"
        : socCode[..2] switch
        {
            "47" or "49" => "trades",
            "11" => "management",
            "13" => "business_and_financial",
            "15" => "computer_and_mathematical",
            "17" => "architecture_and_engineering",
            "29" or "31" => "healthcare",
            "33" => "protective_service",
            "35" => "food_service",
            "37" => "building_and_grounds",
            "41" => "sales",
            "43" => "office_and_administrative",
            "51" => "production",
            "53" => "transportation",
            _ => "other",
        };
}
