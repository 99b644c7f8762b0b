namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>Which kind of work POST availability/me/toggle switches on or off.</summary>
public enum AvailableType
{
    Emergency,
    Temp,
    Subcontract,
}
