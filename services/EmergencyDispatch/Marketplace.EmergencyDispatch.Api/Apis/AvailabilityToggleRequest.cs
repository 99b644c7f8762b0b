namespace Marketplace.EmergencyDispatch.Api.Apis;

/// <summary>POST availability/me/toggle: switch one kind of work (emergency, temp, subcontract) on or off.</summary>
public sealed record AvailabilityToggleRequest(string? AvailableType, bool? IsAvailable);
