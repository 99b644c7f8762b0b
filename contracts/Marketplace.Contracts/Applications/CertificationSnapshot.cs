namespace Marketplace.Contracts.Applications;

/// <summary>A certification or licence held, with its expiry (null: does not expire).</summary>
public sealed record CertificationSnapshot(string Name, string? Issuer, DateOnly? ExpiresOn);
