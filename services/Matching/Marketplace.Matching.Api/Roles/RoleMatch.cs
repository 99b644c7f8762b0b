namespace Marketplace.Matching.Api.Roles;

/// <summary>A canonical role proposed for a title, with its score (0–1) and the alias that matched best.</summary>
public sealed record RoleMatch(CanonicalRole Role, double Score, string MatchedAlias);
