using Marketplace.EmergencyDispatch.Api.Data;

namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>A qualified technician in notice order, with the reason recorded beside their notification.</summary>
public sealed record RankedTechnician(TechnicianRow Technician, double DistanceMiles, int Rank, string Reason);
