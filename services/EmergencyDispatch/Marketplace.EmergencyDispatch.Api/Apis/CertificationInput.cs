namespace Marketplace.EmergencyDispatch.Api.Apis;

public sealed record CertificationInput(string? Name, DateOnly? ExpiresOn);
