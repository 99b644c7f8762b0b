using Marketplace.ServiceDefaults.Text;

namespace Marketplace.Embeddings;

/// <summary>
/// A deterministic embedding that needs no network and no model: signed feature hashing of words, light stems,
/// character trigrams and — weighted most — the trade concepts the <see cref="TradeLexicon"/> finds in the text.
/// Two texts that name the same trade in different words ("lift technician", "Elevator Mechanic") share their
/// concept features and land close together; unrelated trades share little.
/// </summary>
public sealed class LocalEmbeddingProvider(TradeLexicon lexicon) : IEmbeddingProvider
{
    public const string ModelName = "hashed-ngram-384-v1";

    private const float ConceptWeight = 4f;
    private const float WordWeight = 1f;
    private const float TrigramWeight = 0.25f;

    // Words that appear in nearly every listing carry no signal about which job it is.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "the", "of", "to", "in", "for", "with", "on", "at", "by", "or", "is", "are", "be", "we", "you", "our",
        "your", "will", "as", "from", "this", "that", "job", "jobs", "work", "team", "position", "role", "company", "experience",
        "required", "preferred", "years", "including", "all", "other", "must", "have", "has", "able", "ability",
    };

    public string Model => ModelName;

    public Task<float[]> EmbedAsync(string text, CancellationToken cancellationToken) => Task.FromResult(Embed(text));

    public Task<IReadOnlyList<float[]>> EmbedManyAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<float[]>>(texts.Select(Embed).ToArray());

    public float[] Embed(string text)
    {
        var vector = new float[EmbeddingDimensions.Count];
        var words = TextTokens.Words(text).ToList();
        var counts = new Dictionary<string, float>(StringComparer.Ordinal);

        for (var i = 0; i < words.Count; i++)
        {
            var phrase = "";
            for (var n = 0; n < TradeLexicon.MaxPhraseWords && i + n < words.Count; n++)
            {
                phrase = n == 0 ? words[i] : $"{phrase} {words[i + n]}";
                foreach (var concept in lexicon.ConceptsOf(phrase))
                {
                    Count(counts, $"c:{concept}", ConceptWeight);
                }
            }

            if (StopWords.Contains(words[i]))
            {
                continue;
            }

            var stem = Stem(words[i]);
            Count(counts, $"w:{stem}", WordWeight);
            var padded = $"^{stem}$";
            for (var t = 0; t + 3 <= padded.Length; t++)
            {
                Count(counts, $"t:{padded.Substring(t, 3)}", TrigramWeight);
            }
        }

        // Sub-linear term frequency: a long description repeating a word must not drown the title.
        foreach (var (feature, weight) in counts)
        {
            var hash = Fnv1a(feature);
            var sign = (hash & 0x80000000u) == 0 ? 1f : -1f;
            vector[hash % EmbeddingDimensions.Count] += sign * MathF.Sqrt(weight);
        }

        return Normalize(vector);
    }

    private static void Count(Dictionary<string, float> counts, string feature, float weight) =>
        counts[feature] = counts.GetValueOrDefault(feature) + weight;

    private static string Stem(string word) =>
        word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) ? word[..^3]
        : word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;

    // A fixed hash: string.GetHashCode is randomized per process, and stored vectors must match query vectors.
    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    public static float[] Normalize(float[] vector)
    {
        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        if (norm > 0)
        {
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] /= norm;
            }
        }

        return vector;
    }
}
