namespace Marketplace.Listings.Api.Search;

/// <summary>
/// Reciprocal rank fusion (Cormack et al., 2009): each arm contributes 1 / (k + rank) for the listings it found,
/// so a listing both arms rank well beats one that only one arm ranks first. k = 60 as in the paper and issue 3.
/// </summary>
public static class ReciprocalRankFusion
{
    public const int K = 60;

    public static Dictionary<Guid, double> Fuse(params IReadOnlyList<Guid>[] rankings)
    {
        var scores = new Dictionary<Guid, double>();
        foreach (var ranking in rankings)
        {
            for (var i = 0; i < ranking.Count; i++)
            {
                scores[ranking[i]] = scores.GetValueOrDefault(ranking[i]) + 1.0 / (K + i + 1);
            }
        }

        return scores;
    }
}
