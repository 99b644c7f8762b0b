namespace Marketplace.Web.Api.Emergency;

/// <summary>The trades Emergency-Dispatch knows (job_category and a technician's trades), with how people say them.</summary>
public static class Trades
{
    public static IReadOnlyList<(string Value, string Label)> All { get; } =
    [
        ("elevator_technician", "Elevator technician"),
        ("elevator_mechanic", "Elevator mechanic"),
        ("elevator_helper", "Elevator helper"),
        ("elevator_inspector", "Elevator inspector"),
        ("hvac_technician", "HVAC technician"),
        ("hvac_engineer", "HVAC engineer"),
        ("electrical_technician", "Electrical technician"),
        ("electrician", "Electrician"),
        ("plumber", "Plumber"),
        ("fire_safety_technician", "Fire-safety technician"),
        ("building_automation", "Building automation"),
        ("security_systems", "Security systems"),
        ("general_maintenance", "General maintenance"),
    ];

    public static string Label(string? value) =>
        All.FirstOrDefault(t => t.Value == value).Label ?? value?.Replace('_', ' ') ?? "";
}
