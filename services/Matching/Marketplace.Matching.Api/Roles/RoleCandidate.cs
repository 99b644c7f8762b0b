namespace Marketplace.Matching.Api.Roles;

/// <summary>An occupation considered for a title: its best alias similarity and the evidence <see cref="RoleFeatures"/> names.</summary>
public sealed record RoleCandidate(int Role, double Best, int BestEntry, double[] Features);
