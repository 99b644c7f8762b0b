namespace Marketplace.Applications.Api.Interviewing;

/// <summary>
/// The O*NET-SOC occupation of each job category (the same SOC codes Listings uses for trade titles), and a guess
/// from a free-text title for tracked jobs, which have no category.
/// </summary>
public static class Occupations
{
    private static readonly Dictionary<string, string> ByCategory = new(StringComparer.Ordinal)
    {
        ["elevator_technician"] = "47-4021.00",
        ["elevator_mechanic"] = "47-4021.00",
        ["elevator_helper"] = "47-4021.00",
        ["elevator_inspector"] = "47-4011.00",
        ["hvac_technician"] = "49-9021.00",
        ["hvac_engineer"] = "49-9021.00",
        ["electrical_technician"] = "47-2111.00",
        ["electrician"] = "47-2111.00",
        ["plumber"] = "47-2152.00",
        ["fire_safety_technician"] = "49-2098.00",
        ["building_automation"] = "49-2094.00",
        ["security_systems"] = "49-2098.00",
        ["general_maintenance"] = "49-9071.00",
        ["maintenance_supervisor"] = "49-1011.00",
        ["building_manager"] = "11-9141.00",
        ["property_manager"] = "11-9141.00",
        ["regional_manager"] = "11-9141.00",
        ["facilities_director"] = "11-3013.00",
        ["operations_manager"] = "11-1021.00",
        ["dispatcher"] = "43-5032.00",
        ["coordinator"] = "11-3013.00",
        ["administrator"] = "11-3013.00",
        ["estimator"] = "13-1051.00",
        ["inspector"] = "47-4011.00",
    };

    // Checked in order: the first keyword found in the title decides.
    private static readonly (string Keyword, string Category)[] TitleKeywords =
    [
        ("elevator", "elevator_mechanic"), ("escalator", "elevator_mechanic"), ("lift", "elevator_mechanic"),
        ("hvac", "hvac_technician"), ("refrigeration", "hvac_technician"), ("boiler", "hvac_technician"),
        ("electric", "electrician"), ("plumb", "plumber"), ("pipefitt", "plumber"), ("fire", "fire_safety_technician"),
        ("automation", "building_automation"), ("controls", "building_automation"), ("security", "security_systems"),
        ("dispatch", "dispatcher"), ("estimat", "estimator"), ("inspector", "inspector"),
        ("property", "property_manager"), ("building manager", "building_manager"), ("facilit", "facilities_director"),
        ("supervisor", "maintenance_supervisor"), ("operations", "operations_manager"), ("maintenance", "general_maintenance"),
    ];

    public static string? SocOf(string? category) => category is not null && ByCategory.TryGetValue(category, out var soc) ? soc : null;

    public static string CategoryFromTitle(string title)
    {
        var lower = title.ToLowerInvariant();
        return TitleKeywords.FirstOrDefault(k => lower.Contains(k.Keyword, StringComparison.Ordinal)).Category ?? "general_maintenance";
    }

    public static IReadOnlyCollection<string> AllSocCodes => ByCategory.Values.Distinct(StringComparer.Ordinal).ToList();
}
