namespace Marketplace.EmergencyDispatch.Api.Apis;

/// <summary>A notified technician's answer: available or not, an ETA in minutes (0–1440), a message.</summary>
public sealed record RespondRequest(bool? Available, int? EtaMinutes, string? Message);
