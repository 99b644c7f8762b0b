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

    private readonly FrozenDictionary<string, Entry> entries;
    private readonly FrozenDictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> bySpan;

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

        // One entry per key and per first word of a longer name, so a word of a description costs one lookup.
        entries = map.Keys.Union(starts)
            .ToFrozenDictionary(key => key, key => new Entry(map.GetValueOrDefault(key), starts.Contains(key)), StringComparer.Ordinal);
        bySpan = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = map.Count;
    }

    public int Count { get; }

    public string? Find(string key) => Find(key.AsSpan());

    public string? Find(ReadOnlySpan<char> key) => bySpan.TryGetValue(key, out var entry) ? entry.Canonical : null;

    /// <summary>
    /// What is known of a word: the skill it names on its own, if any, and whether a longer name starts with it. Most
    /// words are neither, and need no further lookup.
    /// </summary>
    public bool TryGetWord(ReadOnlySpan<char> word, out Entry entry) => bySpan.TryGetValue(word, out entry);

    public readonly record struct Entry(string? Canonical, bool StartsLongerName);

    public static string Key(string text) => string.Join(' ', SkillTokenizer.Words(text));
}
