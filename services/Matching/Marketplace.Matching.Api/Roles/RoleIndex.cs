namespace Marketplace.Matching.Api.Roles;

/// <summary>
/// Nearest canonical roles for a free-text title. Every alias (occupation title and alternate titles) is a point;
/// a title is compared by IDF-weighted words and character trigrams (lexical), and — once alias vectors are
/// attached — by sentence-vector cosine. The k nearest aliases vote for their occupation, because one title often sits
/// under several occupations and a single neighbour is noisy; that vote, each arm's own ranking, the occupation's
/// description and task text and its description vector are the evidence (<see cref="RoleFeatures"/>) whose weighted
/// sum ranks the occupations (weights learned on a tuning split, ADR 0081).
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
    private readonly Dictionary<string, List<(int Entry, float Weight)>> textPostings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> textIdf = new(StringComparer.Ordinal);
    private readonly List<HashSet<string>> nameWords;
    private volatile float[][]? vectors;
    private volatile float[][]? occupationVectors;

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

        // The occupation's own words (title, description, task statements) as one document per role: evidence for
        // occupations whose aliases miss a title's wording ("boiler" in a stationary engineer's tasks).
        nameWords = this.roles.Select(r => TitleText.Words(r.Name).ToHashSet(StringComparer.Ordinal)).ToList();
        var texts = this.roles.Select(r => TitleText.Words($"{r.Name} {r.Description} {r.Tasks}")).ToList();
        Idf(texts, textIdf);
        for (var r = 0; r < texts.Count; r++)
        {
            Post(r, texts[r], textIdf, textPostings);
        }

        // Trigrams in a tenth of all aliases (" ma", "er ") say little and cost most; they are not searched.
        foreach (var common in gramPostings.Where(p => p.Value.Count > entries.Count / 10).Select(p => p.Key).ToList())
        {
            gramPostings.Remove(common);
        }
    }

    /// <summary>How many nearest aliases vote (lexical only).</summary>
    public int Neighbours { get; init; } = 80;

    /// <summary>How many nearest aliases vote with vectors: dense similarities crowd the neighbourhood, so fewer.</summary>
    public int SemanticNeighbours { get; init; } = 60;

    /// <summary>The share of sentence-vector similarity when vectors are attached (the rest is lexical).</summary>
    public double SemanticShare { get; init; } = 0.65;

    public IReadOnlyList<CanonicalRole> Roles => roles;

    public int AliasCount => entries.Count;

    /// <summary>The texts to embed for <see cref="AttachVectors"/>, in entry order.</summary>
    public IReadOnlyList<string> AliasTexts => entries.Select(e => e.Text).ToList();

    public bool HasVectors => vectors is not null;

    /// <summary>Each occupation's name and description, in role order: the texts to embed for <see cref="AttachOccupationVectors"/>.</summary>
    public IReadOnlyList<string> OccupationTexts => roles.Select(r => $"{r.Name}. {r.Description}").ToList();

    /// <summary>Adds one sentence vector per occupation (<see cref="OccupationTexts"/>), compared with the title as further evidence.</summary>
    public void AttachOccupationVectors(float[][] occupationVectors)
    {
        if (occupationVectors.Length != roles.Count)
        {
            throw new ArgumentException("One vector per occupation is needed.", nameof(occupationVectors));
        }

        this.occupationVectors = occupationVectors;
    }

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
        // Vectors are attached once, while requests run: the candidates and the weights must agree on whether they were.
        var attached = vectors;
        var query = attached is null ? null : queryVector;
        var candidates = Candidates(title, query);
        var weights = query is not null ? SemanticWeights : LexicalWeights;
        return candidates
            .Select(c => (Candidate: c, Rank: RoleFeatures.Rank(c.Features, weights)))
            .OrderByDescending(c => c.Rank).ThenBy(c => roles[c.Candidate.Role].SocCode, StringComparer.Ordinal)
            .Take(top)
            .Select(c => new RoleMatch(roles[c.Candidate.Role], Math.Round(Math.Clamp(c.Candidate.Best, 0, 1), 3), entries[c.Candidate.BestEntry].Text))
            .ToList();
    }

    /// <summary>The weights of <see cref="RoleFeatures"/> without vectors (the k-NN vote of ADR 0080).</summary>
    public double[] LexicalWeights { get; init; } = RoleFeatures.LexicalDefaults;

    /// <summary>The weights of <see cref="RoleFeatures"/> with vectors (learned on the tuning split, ADR 0081).</summary>
    public double[] SemanticWeights { get; init; } = RoleFeatures.SemanticDefaults;

    /// <summary>
    /// The occupations worth ranking for a title, each with its evidence (<see cref="RoleFeatures"/>): those the k
    /// nearest aliases vote for, plus the best few by sentence-vector and by lexical similarity alone, so that a
    /// second reading one arm sees and the other misses still reaches the top five.
    /// </summary>
    public IReadOnlyList<RoleCandidate> Candidates(string title, float[]? queryVector)
    {
        var vectors = this.vectors;
        var occupations = queryVector is null ? null : occupationVectors;
        var sims = new Dictionary<int, double>();
        var words = TitleText.Words(title);
        Accumulate(WordFeatures(words), wordIdf, wordPostings, WordShare, sims);
        Accumulate(TitleText.Trigrams(words).ToList(), gramIdf, gramPostings, 1 - WordShare, sims);

        var k = vectors is not null && queryVector is not null ? SemanticNeighbours : Neighbours;
        var nearest = new PriorityQueue<int, double>(k + 1);
        void Offer(int entry, double similarity)
        {
            nearest.Enqueue(entry, similarity);
            if (nearest.Count > k)
            {
                nearest.Dequeue();
            }
        }

        var similarities = new Dictionary<int, double>();
        var best = new Dictionary<int, (double Similarity, int Entry)>();
        var lexical = new Dictionary<int, double>();
        foreach (var (e, sim) in sims)
        {
            var role = entries[e].Role;
            lexical[role] = Math.Max(lexical.GetValueOrDefault(role), sim);
        }

        double[]? semantic = null;
        double[]? semanticTop = null;
        if (vectors is not null && queryVector is not null)
        {
            // Lexical and semantic similarity combined; the vector arm compares every alias (39k dot products, a few ms).
            semantic = new double[roles.Count];
            Array.Fill(semantic, -1);
            var top3 = new double[roles.Count * 3];
            Array.Fill(top3, -1);
            for (var e = 0; e < entries.Count; e++)
            {
                var cosine = Dot(vectors[e], queryVector);
                var combined = (1 - SemanticShare) * sims.GetValueOrDefault(e) + SemanticShare * cosine;
                Offer(e, combined);
                similarities[e] = combined;
                var role = entries[e].Role;
                if (!best.TryGetValue(role, out var b) || combined > b.Similarity)
                {
                    best[role] = (combined, e);
                }

                semantic[role] = Math.Max(semantic[role], cosine);
                InsertTop3(top3, role * 3, cosine);
            }

            semanticTop = new double[roles.Count];
            for (var r = 0; r < roles.Count; r++)
            {
                var present = Enumerable.Range(0, 3).Select(i => top3[r * 3 + i]).Where(v => v > -1).ToList();
                semanticTop[r] = present.Count == 0 ? 0 : present.Sum() / 3;
            }
        }
        else
        {
            foreach (var (e, sim) in sims)
            {
                Offer(e, sim);
                similarities[e] = sim;
                var role = entries[e].Role;
                if (!best.TryGetValue(role, out var b) || sim > b.Similarity)
                {
                    best[role] = (sim, e);
                }
            }
        }

        var votes = new Dictionary<int, (double Best, double Others)>();
        var groups = new Dictionary<string, double>(StringComparer.Ordinal);
        while (nearest.TryDequeue(out var entry, out _))
        {
            var sim = similarities[entry];
            var role = entries[entry].Role;
            votes[role] = votes.TryGetValue(role, out var v) ? (Math.Max(v.Best, sim), v.Others + Math.Min(v.Best, sim)) : (sim, 0);
            if (roles[role].Category is { } group)
            {
                groups[group] = groups.GetValueOrDefault(group) + sim;
            }
        }

        var text = new Dictionary<int, double>();
        Accumulate(words, textIdf, textPostings, 1, text);

        var queryMass = words.Distinct().Sum(w => wordIdf.GetValueOrDefault(w, 1));
        double NameCover(int role) => queryMass == 0 ? 0 : words.Distinct().Where(nameWords[role].Contains).Sum(w => wordIdf.GetValueOrDefault(w, 1)) / queryMass;
        double HeadInName(int role) => words.Count > 0 && nameWords[role].Contains(words[^1]) ? 1 : 0;

        var pool = new HashSet<int>(votes.Keys);
        var lexicalRank = Ranks(lexical.OrderByDescending(l => l.Value).Select(l => l.Key));
        pool.UnionWith(lexicalRank.Where(r => r.Value < ArmCandidates).Select(r => r.Key));
        var semanticRank = new Dictionary<int, int>();
        if (semantic is not null)
        {
            semanticRank = Ranks(Enumerable.Range(0, roles.Count).OrderByDescending(r => semantic[r]));
            pool.UnionWith(semanticRank.Where(r => r.Value < ArmCandidates).Select(r => r.Key));
        }

        if (occupations is not null)
        {
            pool.UnionWith(Enumerable.Range(0, roles.Count).OrderByDescending(r => Dot(occupations[r], queryVector!)).Take(ArmCandidates / 2));
        }

        return pool.Where(best.ContainsKey).Select(role => new RoleCandidate(role, best[role].Similarity, best[role].Entry,
        [
            best[role].Similarity,
            votes.TryGetValue(role, out var v) ? v.Others : 0,
            Math.Log(1 + roles[role].Aliases.Count),
            groups.GetValueOrDefault(roles[role].Category ?? ""),
            semantic?[role] ?? 0,
            semanticTop?[role] ?? 0,
            lexical.GetValueOrDefault(role),
            semanticRank.TryGetValue(role, out var sr) ? 1.0 / (RoleFeatures.FusionK + sr) : 0,
            lexicalRank.TryGetValue(role, out var lr) ? 1.0 / (RoleFeatures.FusionK + lr) : 0,
            text.GetValueOrDefault(role),
            NameCover(role),
            HeadInName(role),
            occupations is null ? 0 : Dot(occupations[role], queryVector!),
        ])).ToList();
    }

    /// <summary>How many occupations each arm alone adds to the candidates.</summary>
    public int ArmCandidates { get; init; } = 20;

    private static Dictionary<int, int> Ranks(IEnumerable<int> ordered)
    {
        var ranks = new Dictionary<int, int>();
        foreach (var role in ordered)
        {
            ranks[role] = ranks.Count;
        }

        return ranks;
    }

    private static void InsertTop3(double[] top, int at, double value)
    {
        for (var i = 0; i < 3; i++)
        {
            if (value > top[at + i])
            {
                (top[at + i], value) = (value, top[at + i]);
            }
        }
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
