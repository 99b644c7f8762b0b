namespace Marketplace.Matching.Api.Roles;

/// <summary>
/// Nearest canonical roles for a free-text title. Every alias (occupation title and alternate titles) is a point;
/// a title is compared by IDF-weighted words and character trigrams (lexical), and — once alias vectors are
/// attached — by sentence-vector cosine. The k nearest aliases then vote for their occupation (the best alias plus a
/// share of the others), because one title often sits under several occupations and a single neighbour is noisy.
/// </summary>
public sealed class RoleIndex
{
    private const double WordShare = 0.65;

    private readonly List<CanonicalRole> roles;
    private readonly List<(int Role, string Text)> entries = [];
    private readonly Dictionary<string, List<(int Entry, float Weight)>> wordPostings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Entry, float Weight)>> gramPostings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> wordIdf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> gramIdf = new(StringComparer.Ordinal);
    private float[][]? vectors;

    public RoleIndex(IReadOnlyList<CanonicalRole> roles)
    {
        this.roles = roles.ToList();
        for (var r = 0; r < this.roles.Count; r++)
        {
            foreach (var alias in this.roles[r].Aliases.Prepend(this.roles[r].Name).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                entries.Add((r, alias));
            }
        }

        var plain = entries.Select(e => TitleText.Words(e.Text)).ToList();
        var words = plain.Select(WordFeatures).ToList();
        var grams = plain.Select(w => TitleText.Trigrams(w).ToList()).ToList();
        Idf(words, wordIdf);
        Idf(grams, gramIdf);
        for (var e = 0; e < entries.Count; e++)
        {
            Post(e, words[e], wordIdf, wordPostings);
            Post(e, grams[e], gramIdf, gramPostings);
        }

        // Trigrams in a tenth of all aliases (" ma", "er ") say little and cost most; they are not searched.
        foreach (var common in gramPostings.Where(p => p.Value.Count > entries.Count / 10).Select(p => p.Key).ToList())
        {
            gramPostings.Remove(common);
        }
    }

    /// <summary>How many nearest aliases vote.</summary>
    public int Neighbours { get; init; } = 80;

    /// <summary>How much the other voting aliases of an occupation add to its best alias.</summary>
    public double VoteShare { get; init; } = 0.12;

    /// <summary>The share of sentence-vector similarity when vectors are attached (the rest is lexical).</summary>
    public double SemanticShare { get; init; } = 0.65;

    /// <summary>
    /// A small prior for occupations with many aliases: when one title is listed under several occupations with equal
    /// similarity, the broader occupation is the likelier reading ("Maintenance Technician" → general maintenance).
    /// </summary>
    public double BreadthPrior { get; init; } = 0.01;

    /// <summary>How much the voting aliases of the same SOC major group add (the family of work is surer than the exact occupation).</summary>
    public double GroupShare { get; init; } = 0.02;

    public IReadOnlyList<CanonicalRole> Roles => roles;

    public int AliasCount => entries.Count;

    /// <summary>The texts to embed for <see cref="AttachVectors"/>, in entry order.</summary>
    public IReadOnlyList<string> AliasTexts => entries.Select(e => e.Text).ToList();

    public bool HasVectors => vectors is not null;

    /// <summary>Adds sentence vectors (one per <see cref="AliasTexts"/> entry, unit length) to the comparison.</summary>
    public void AttachVectors(float[][] aliasVectors)
    {
        if (aliasVectors.Length != entries.Count)
        {
            throw new ArgumentException("One vector per alias is needed.", nameof(aliasVectors));
        }

        vectors = aliasVectors;
    }

    /// <summary>The best <paramref name="top"/> roles for a title; <paramref name="queryVector"/> is used when vectors are attached.</summary>
    public IReadOnlyList<RoleMatch> Normalize(string title, int top, float[]? queryVector = null)
    {
        var sims = new Dictionary<int, double>();
        var words = TitleText.Words(title);
        Accumulate(WordFeatures(words), wordIdf, wordPostings, WordShare, sims);
        Accumulate(TitleText.Trigrams(words).ToList(), gramIdf, gramPostings, 1 - WordShare, sims);

        var nearest = new PriorityQueue<int, double>(Neighbours + 1);
        void Offer(int entry, double similarity)
        {
            nearest.Enqueue(entry, similarity);
            if (nearest.Count > Neighbours)
            {
                nearest.Dequeue();
            }
        }

        var similarities = new Dictionary<int, double>();
        if (vectors is not null && queryVector is not null)
        {
            // Lexical and semantic similarity combined; the vector arm compares every alias (39k dot products, a few ms).
            for (var e = 0; e < entries.Count; e++)
            {
                var combined = (1 - SemanticShare) * sims.GetValueOrDefault(e) + SemanticShare * Dot(vectors[e], queryVector);
                Offer(e, combined);
                similarities[e] = combined;
            }
        }
        else
        {
            foreach (var (e, sim) in sims)
            {
                Offer(e, sim);
                similarities[e] = sim;
            }
        }

        var votes = new Dictionary<int, (double Best, double Others, int Entry)>();
        var groups = new Dictionary<string, double>(StringComparer.Ordinal);
        while (nearest.TryDequeue(out var entry, out _))
        {
            var sim = similarities[entry];
            var role = entries[entry].Role;
            votes[role] = votes.TryGetValue(role, out var v)
                ? (Math.Max(v.Best, sim), v.Others + Math.Min(v.Best, sim), sim > v.Best ? entry : v.Entry)
                : (sim, 0, entry);
            if (roles[role].Category is { } group)
            {
                groups[group] = groups.GetValueOrDefault(group) + sim;
            }
        }

        return votes
            .Select(v => (Role: v.Key,
                Rank: v.Value.Best + VoteShare * v.Value.Others + BreadthPrior * Math.Log(1 + roles[v.Key].Aliases.Count)
                      + GroupShare * groups.GetValueOrDefault(roles[v.Key].Category ?? ""),
                v.Value.Best, v.Value.Entry))
            .OrderByDescending(v => v.Rank).ThenBy(v => roles[v.Role].SocCode, StringComparer.Ordinal)
            .Take(top)
            .Select(v => new RoleMatch(roles[v.Role], Math.Round(Math.Clamp(v.Best, 0, 1), 3), entries[v.Entry].Text))
            .ToList();
    }

    /// <summary>
    /// The words of a title plus its head noun (the last word: "technician", "mechanic", "manager"), which names the
    /// kind of work, and its adjacent word pairs, which keep "maintenance technician" apart from "technician maintenance".
    /// </summary>
    private static List<string> WordFeatures(List<string> words)
    {
        var features = new List<string>(words.Count * 2 + 1);
        features.AddRange(words);
        if (words.Count > 1)
        {
            features.Add("^" + words[^1]);
            for (var i = 0; i + 1 < words.Count; i++)
            {
                features.Add(words[i] + "_" + words[i + 1]);
            }
        }

        return features;
    }

    private void Accumulate(
        IReadOnlyList<string> features, Dictionary<string, double> idf, Dictionary<string, List<(int Entry, float Weight)>> postings,
        double share, Dictionary<int, double> sims)
    {
        var query = Weights(features, idf);
        foreach (var (feature, weight) in query)
        {
            if (!postings.TryGetValue(feature, out var list))
            {
                continue;
            }

            foreach (var (entry, w) in list)
            {
                sims[entry] = sims.GetValueOrDefault(entry) + share * weight * w;
            }
        }
    }

    private static Dictionary<string, double> Weights(IReadOnlyList<string> features, Dictionary<string, double> idf)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var f in features)
        {
            // An unseen feature is rare by definition: it counts in the norm, so a title of unknown words scores low.
            weights[f] = weights.GetValueOrDefault(f) + idf.GetValueOrDefault(f, Math.Log(1 + 100_000));
        }

        var norm = Math.Sqrt(weights.Values.Sum(w => w * w));
        foreach (var key in weights.Keys.ToList())
        {
            weights[key] = norm == 0 ? 0 : weights[key] / norm;
        }

        return weights;
    }

    private void Post(int entry, IReadOnlyList<string> features, Dictionary<string, double> idf, Dictionary<string, List<(int, float)>> postings)
    {
        foreach (var (feature, weight) in Weights(features, idf))
        {
            if (!postings.TryGetValue(feature, out var list))
            {
                postings[feature] = list = [];
            }

            list.Add((entry, (float)weight));
        }
    }

    private void Idf(List<List<string>> documents, Dictionary<string, double> idf)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            foreach (var f in doc.Distinct())
            {
                df[f] = df.GetValueOrDefault(f) + 1;
            }
        }

        foreach (var (f, n) in df)
        {
            idf[f] = Math.Log(1 + (double)documents.Count / n);
        }
    }

    private static double Dot(float[] a, float[] b)
    {
        var width = System.Numerics.Vector<float>.Count;
        var acc = System.Numerics.Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - width; i += width)
        {
            acc += new System.Numerics.Vector<float>(a, i) * new System.Numerics.Vector<float>(b, i);
        }

        var sum = System.Numerics.Vector.Sum(acc);
        for (; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
