namespace Marketplace.Web.Components.Seek;

/// <summary>The values Listings' search filters accept (its enums, snake_case), for the Find work screen's selects.</summary>
public static class SearchOptions
{
    public static readonly IReadOnlyList<string> Categories =
    [
        "elevator_technician", "elevator_mechanic", "elevator_helper", "elevator_inspector", "hvac_technician", "hvac_engineer",
        "electrical_technician", "electrician", "plumber", "fire_safety_technician", "building_automation", "security_systems",
        "general_maintenance", "building_manager", "property_manager", "facilities_director", "maintenance_supervisor",
        "operations_manager", "regional_manager", "dispatcher", "coordinator", "administrator", "estimator", "inspector",
    ];

    public static readonly IReadOnlyList<string> JobTypes = ["permanent", "contract", "temporary", "emergency", "apprenticeship", "internship", "subcontract"];

    public static readonly IReadOnlyList<string> ExperienceLevels = ["entry", "junior", "mid", "senior", "expert", "lead", "any"];

    public static readonly IReadOnlyList<(string? Value, string Label)> Sorts =
        [(null, "Best match"), ("posted_date", "Newest"), ("salary", "Highest pay"), ("distance", "Nearest")];

    public static readonly IReadOnlyList<int> Radii = [10, 25, 50, 100, 250];
}
