using Marketplace.EmergencyDispatch.Api.Data;

namespace Marketplace.EmergencyDispatch.Api.Apis;

/// <summary>
/// A technician's answer as shown to them and to the job's owner. The owner's list puts those who answered available
/// first, the best matched to the job's equipment first among them, then the earliest.
/// </summary>
public sealed record ResponseView(
    Guid TechnicianUserId, bool Available, int? EtaMinutes, string? Message, DateTimeOffset RespondedAt, double ResponseSeconds, int EquipmentMatch = 0)
{
    public static ResponseView From(ResponseRow row) =>
        new(row.TechnicianUserId, row.Available, row.EtaMinutes, row.Message, row.RespondedAt, row.ResponseSeconds, row.EquipmentMatch);
}
