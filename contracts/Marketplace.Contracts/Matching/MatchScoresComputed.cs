namespace Marketplace.Contracts.Matching;

/// <summary>A job's matches were (re)computed: the best candidates' scores, for consumers that show match counts.</summary>
public sealed record MatchScoresComputed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid JobId,
    bool IsExternalJob,
    int CandidatesScored,
    int RecommendedCount,
    IReadOnlyList<CandidateScore> TopScores) : IIntegrationEvent;
