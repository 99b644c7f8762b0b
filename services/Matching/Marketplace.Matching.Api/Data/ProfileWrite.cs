namespace Marketplace.Matching.Api.Data;

/// <summary>A validated profile or candidate, as stored (certifications as their jsonb text).</summary>
public sealed record ProfileWrite : ProfileFields;
