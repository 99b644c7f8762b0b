using Marketplace.EmergencyDispatch.Api.Data;

namespace Marketplace.EmergencyDispatch.Api.Apis;

/// <summary>A technician's answer as shown to them and to the job's owner.</summary>
public sealed record ResponseView(Guid TechnicianUserId, bool Available, int? EtaMinutes, string? Message, DateTimeOffset RespondedAt, double ResponseSeconds)
{
    public static ResponseView From(ResponseRow row) =>
        new(row.TechnicianUserId, row.Available, row.EtaMinutes, row.Message, row.RespondedAt, row.ResponseSeconds);
}
