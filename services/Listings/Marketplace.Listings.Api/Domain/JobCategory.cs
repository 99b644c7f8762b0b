namespace Marketplace.Listings.Api.Domain;

/// <summary>The trade or role a listing is for; serialized as lower snake_case (elevator_mechanic).</summary>
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
    BuildingManager,
    PropertyManager,
    FacilitiesDirector,
    MaintenanceSupervisor,
    OperationsManager,
    RegionalManager,
    Dispatcher,
    Coordinator,
    Administrator,
    Estimator,
    Inspector,
}
