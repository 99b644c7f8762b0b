using System.Collections.Frozen;

namespace Marketplace.ScraperIngest.Api.Domain;

/// <summary>
/// The skill names postings are matched against: O*NET's technology-skills examples plus the building-service
/// trade vocabulary. Looked up by lower-case word n-grams (up to <see cref="MaxWords"/> words), so one pass
/// over a description finds every known skill without a regex per skill. Lookups take spans of the normalized
/// text, so scanning a description allocates nothing per n-gram.
/// </summary>
public sealed class SkillVocabulary
{
    public const int MaxWords = 4;

    private readonly FrozenDictionary<string, string> canonicalByKey;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> bySpan;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> firstWords;

    public SkillVocabulary(IEnumerable<string> names)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var starts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var words = SkillTokenizer.Words(name);
            var key = string.Join(' ', words);
            // One- and two-letter names ("R", "C", "Go" as a word) would match ordinary English text.
            if (key.Length < 3 || words.Count > MaxWords)
            {
                continue;
            }

            if (map.TryAdd(key, name.Trim()) && words.Count > 1)
            {
                starts.Add(words[0]);
            }
        }

        canonicalByKey = map.ToFrozenDictionary(StringComparer.Ordinal);
        bySpan = canonicalByKey.GetAlternateLookup<ReadOnlySpan<char>>();
        firstWords = starts.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => canonicalByKey.Count;

    public string? Find(string key) => canonicalByKey.GetValueOrDefault(key);

    public string? Find(ReadOnlySpan<char> key) => bySpan.TryGetValue(key, out var canonical) ? canonical : null;

    /// <summary>Whether some multi-word name starts with this word (most words start none, so longer n-grams are skipped).</summary>
    public bool StartsMultiWord(ReadOnlySpan<char> word) => firstWords.Contains(word);

    public static string Key(string text) => string.Join(' ', SkillTokenizer.Words(text));
}
