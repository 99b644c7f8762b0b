namespace Marketplace.Matching.Api.Roles;

/// <summary>
/// The evidence for one occupation, in order: its best alias similarity (lexical and semantic combined); the summed
/// similarity of its other aliases among the k nearest (the vote); log(1 + alias count), a prior for broad
/// occupations; the summed similarity of the nearest aliases in its SOC major group; its best and its top-three mean
/// sentence-vector cosine over all its aliases; its best lexical similarity; and the reciprocal ranks (k = 60) of the
/// occupation in the semantic and in the lexical arm alone; the IDF-weighted cosine of the title's words with the
/// occupation's title, description and task statements; the IDF share of the title's words found in the occupation's
/// name ("Engineering Faculty Member" → Engineering Teachers); whether its head noun is in that name; the cosine of the
/// title's vector with the occupation's name-and-description vector. A role's rank is the weighted sum.
/// </summary>
public static class RoleFeatures
{
    public const int FusionK = 60;

    public static readonly string[] Names = ["best", "vote", "breadth", "group", "semantic_max", "semantic_top3", "lexical_max", "semantic_rrf", "lexical_rrf", "occupation_text", "name_cover", "head_in_name", "occupation_semantic"];

    /// <summary>Lexical only (no vectors attached): learned on the tuning split (ROLE_SPLIT=tune ... roles learn, ADR 0081).</summary>
    public static readonly double[] LexicalDefaults = [1, 0.15, 0, 0.0176, 0, 0, 0.09, 0, 3.75, 0.5, 0.0495, 0.045, 0];

    /// <summary>With MiniLM vectors: learned on the tuning split (ROLE_SPLIT=tune ... roles minilm learn, ADR 0081).</summary>
    public static readonly double[] SemanticDefaults = [1, 0.0507, 0.0065, 0.008, 0.02, 1.8, 0.495, 0.1, 4.5375, 0.9, 0, 0.0072, 0.4];

    public static double Rank(double[] features, double[] weights)
    {
        var rank = 0.0;
        for (var i = 0; i < features.Length; i++)
        {
            rank += features[i] * weights[i];
        }

        return rank;
    }
}
