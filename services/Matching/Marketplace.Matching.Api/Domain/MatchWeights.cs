namespace Marketplace.Matching.Api.Domain;

/// <summary>
/// The one table of component weights (they sum to 100). A component that cannot be judged (the job names no
/// skills, neither side states pay, no vectors yet) is left out and the others share its weight, so a missing
/// field neither rewards nor punishes.
/// </summary>
public static class MatchWeights
{
    public const decimal Skills = 35m;
    public const decimal Experience = 15m;
    public const decimal Certifications = 15m;
    public const decimal Location = 15m;
    public const decimal Pay = 10m;
    public const decimal Semantic = 10m;

    /// <summary>A match at or above this score is recommended (issue 11).</summary>
    public const decimal RecommendThreshold = 70m;

    public static IReadOnlyDictionary<string, decimal> All { get; } = new Dictionary<string, decimal>
    {
        [MatchComponents.Skills] = Skills,
        [MatchComponents.Experience] = Experience,
        [MatchComponents.Certifications] = Certifications,
        [MatchComponents.Location] = Location,
        [MatchComponents.Pay] = Pay,
        [MatchComponents.Semantic] = Semantic,
    };
}
