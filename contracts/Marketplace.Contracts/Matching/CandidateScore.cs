namespace Marketplace.Contracts.Matching;

/// <summary>One candidate's score for a job; <see cref="CandidateUserId"/> is set for job seekers with their own account.</summary>
public sealed record CandidateScore(Guid CandidateId, Guid? CandidateUserId, decimal Score);
