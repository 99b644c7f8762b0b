namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>A certification a technician holds; without an expiry it never lapses.</summary>
public sealed record Certification(string Name, DateOnly? ExpiresOn);
