namespace Marketplace.MarketAnalytics.Api.Reference;

/// <summary>
/// The O*NET occupation of each marketplace job category (the same SOC choices as Listings' BLS benchmark), so
/// that a listing, an emergency job and a scraped posting for the same trade land in one canonical role.
/// </summary>
public static class JobCategoryOccupations
{
    public static IReadOnlyDictionary<string, string> OnetCodeByCategory { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["elevator_technician"] = "47-4021.00", ["elevator_mechanic"] = "47-4021.00", ["elevator_helper"] = "47-3019.00",
        ["elevator_inspector"] = "47-4011.00", ["hvac_technician"] = "49-9021.00", ["hvac_engineer"] = "17-2141.00",
        ["electrical_technician"] = "49-2094.00", ["electrician"] = "47-2111.00", ["plumber"] = "47-2152.00",
        ["fire_safety_technician"] = "49-2098.00", ["building_automation"] = "49-2094.00", ["security_systems"] = "49-2098.00",
        ["general_maintenance"] = "49-9071.00", ["building_manager"] = "11-9141.00", ["property_manager"] = "11-9141.00",
        ["facilities_director"] = "11-3013.00", ["maintenance_supervisor"] = "49-1011.00", ["operations_manager"] = "11-1021.00",
        ["regional_manager"] = "11-1021.00", ["dispatcher"] = "43-5032.00", ["coordinator"] = "43-6014.00",
        ["administrator"] = "43-6014.00", ["estimator"] = "13-1051.00", ["inspector"] = "47-4011.00",
    };
}
