namespace Marketplace.Listings.Api.Domain;

/// <summary>
/// The trade a category belongs to, for "industry" visibility: a caller whose token lists the trade (or the exact
/// category) sees industry listings of it. Management and office roles belong to the facilities trade.
/// </summary>
public static class Trades
{
    public static string Of(JobCategory category) => category switch
    {
        JobCategory.ElevatorTechnician or JobCategory.ElevatorMechanic or JobCategory.ElevatorHelper
            or JobCategory.ElevatorInspector => "elevator",
        JobCategory.HvacTechnician or JobCategory.HvacEngineer => "hvac",
        JobCategory.ElectricalTechnician or JobCategory.Electrician => "electrical",
        JobCategory.Plumber => "plumbing",
        JobCategory.FireSafetyTechnician => "fire_safety",
        JobCategory.BuildingAutomation => "building_automation",
        JobCategory.SecuritySystems => "security_systems",
        _ => "facilities",
    };
}
