namespace Marketplace.Matching.Api.Apis;

/// <summary>A certification or licence in a profile; expires_on is an ISO date (null: does not expire).</summary>
public sealed record CertificationRequest(string? Name, string? Issuer, string? Number, DateOnly? ExpiresOn);
