namespace Marketplace.Web.Api.Emergency;

/// <summary>POST availability/me/toggle: emergency, temp or subcontract work on or off.</summary>
public sealed record AvailabilityToggle(string AvailableType, bool IsAvailable);
