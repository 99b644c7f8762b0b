namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>
/// Whom visibility is decided for: a caller (their token's claims, plus the trades of their availability profile) or,
/// in a broadcast, a technician (the claims captured on their profile when they last saved it).
/// </summary>
public sealed record Viewer(Guid? OrganizationId, IReadOnlyList<string> NetworkIds, string? Region, IReadOnlyList<string> Trades, bool Verified);
