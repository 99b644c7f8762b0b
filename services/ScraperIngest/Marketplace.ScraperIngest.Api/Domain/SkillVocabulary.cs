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
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var words = SkillTokenizer.Words(name);
            var key = string.Join(' ', words);
            // One- and two-letter names ("R", "C", "Go" as a word) would match ordinary English text.
            if (key.Length < 3 || words.Count > MaxWords || !map.TryAdd(key, name.Trim()))
            {
                continue;
            }

            for (var n = 1; n < words.Count; n++)
            {
                prefixes.Add(string.Join(' ', words.Take(n)));
            }
        }

        // One entry per name and per leading part of a longer name, so a word of a description costs one lookup,
        // and a word that starts a longer name one more per word that continues it.
        entries = map.Keys.Union(prefixes)
            .ToFrozenDictionary(key => key, key => new Entry(map.GetValueOrDefault(key), prefixes.Contains(key)), StringComparer.Ordinal);
        bySpan = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = map.Count;
    }

    public int Count { get; }

    public string? Find(string key) => Find(key.AsSpan());

    public string? Find(ReadOnlySpan<char> key) => bySpan.TryGetValue(key, out var entry) ? entry.Canonical : null;

    /// <summary>
    /// What is known of one or more words: the skill they name, if any, and whether a longer name starts with them.
    /// Most words are neither, and need no further lookup.
    /// </summary>
    public bool TryGet(ReadOnlySpan<char> words, out Entry entry) => bySpan.TryGetValue(words, out entry);

    public readonly record struct Entry(string? Canonical, bool StartsLongerName);

    public static string Key(string text) => string.Join(' ', SkillTokenizer.Words(text));
}
