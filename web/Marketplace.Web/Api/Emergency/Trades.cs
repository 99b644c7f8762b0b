namespace Marketplace.Web.Api.Emergency;

/// <summary>The trades Emergency-Dispatch knows (job_category and a technician's trades), with how people say them.</summary>
public static class Trades
{
    public static IReadOnlyList<Trade> All { get; } =
    [
        new("elevator_technician", "Elevator technician"),
        new("elevator_mechanic", "Elevator mechanic"),
        new("elevator_helper", "Elevator helper"),
        new("elevator_inspector", "Elevator inspector"),
        new("hvac_technician", "HVAC technician"),
        new("hvac_engineer", "HVAC engineer"),
        new("electrical_technician", "Electrical technician"),
        new("electrician", "Electrician"),
        new("plumber", "Plumber"),
        new("fire_safety_technician", "Fire-safety technician"),
        new("building_automation", "Building automation"),
        new("security_systems", "Security systems"),
        new("general_maintenance", "General maintenance"),
    ];

    public static string Label(string? value) =>
        All.FirstOrDefault(t => t.Value == value)?.Label ?? value?.Replace('_', ' ') ?? "";

    public static Trade? Find(string? value) => All.FirstOrDefault(t => t.Value == value);
}
