namespace Marketplace.Web.Api.Emergency;

/// <summary>A technician's answer to an emergency job: available or not, an ETA, a message.</summary>
public sealed record TechnicianAnswer(Guid TechnicianUserId, bool Available, int? EtaMinutes, string? Message, DateTimeOffset RespondedAt);
