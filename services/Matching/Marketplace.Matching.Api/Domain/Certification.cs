namespace Marketplace.Matching.Api.Domain;

/// <summary>A certification or licence a person holds; <see cref="ExpiresOn"/> null means it does not expire.</summary>
public sealed record Certification(string Name, string? Issuer, string? Number, DateOnly? ExpiresOn)
{
    public bool IsValidOn(DateOnly day) => ExpiresOn is not { } expiry || expiry >= day;
}
