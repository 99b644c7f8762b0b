namespace Marketplace.Matching.Api.Apis;

/// <summary>A recruiter's or employer's decision on a match: viewed, shortlisted or rejected.</summary>
public sealed record MatchStatusRequest(string? Status);
