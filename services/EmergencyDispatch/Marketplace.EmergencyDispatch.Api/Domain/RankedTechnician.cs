using Marketplace.EmergencyDispatch.Api.Data;

namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>
/// A qualified technician in notice order, with the reason recorded beside their notification and how many of their
/// manufacturers and equipment the job names.
/// </summary>
public sealed record RankedTechnician(TechnicianRow Technician, double DistanceMiles, int Rank, string Reason, int EquipmentMatch = 0);
