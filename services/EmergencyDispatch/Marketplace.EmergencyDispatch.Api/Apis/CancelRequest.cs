namespace Marketplace.EmergencyDispatch.Api.Apis;

public sealed record CancelRequest(string? Reason);
