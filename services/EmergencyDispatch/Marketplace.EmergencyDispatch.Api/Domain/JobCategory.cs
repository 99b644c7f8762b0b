namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>The trade an emergency job needs, the same names Listings uses (elevator_mechanic); also a technician's trades.</summary>
public enum JobCategory
{
    ElevatorTechnician,
    ElevatorMechanic,
    ElevatorHelper,
    ElevatorInspector,
    HvacTechnician,
    HvacEngineer,
    ElectricalTechnician,
    Electrician,
    Plumber,
    FireSafetyTechnician,
    BuildingAutomation,
    SecuritySystems,
    GeneralMaintenance,
}
