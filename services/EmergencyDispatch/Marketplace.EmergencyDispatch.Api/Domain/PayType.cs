namespace Marketplace.EmergencyDispatch.Api.Domain;

public enum PayType
{
    Hourly,
    FlatRate,
}
