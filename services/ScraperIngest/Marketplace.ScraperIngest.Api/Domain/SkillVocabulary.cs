using System.Collections.Frozen;

namespace Marketplace.ScraperIngest.Api.Domain;

/// <summary>
/// The skill names postings are matched against: O*NET's technology-skills examples plus the building-service
/// trade vocabulary. Looked up by lower-case word n-grams (up to <see cref="MaxWords"/> words), so one pass
/// over a description finds every known skill without a regex per skill.
/// </summary>
public sealed class SkillVocabulary
{
    public const int MaxWords = 4;

    private readonly FrozenDictionary<string, string> canonicalByKey;

    public SkillVocabulary(IEnumerable<string> names)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var key = Key(name);
            var words = key.Split(' ');
            // One- and two-letter names ("R", "C", "Go" as a word) would match ordinary English text.
            if (key.Length < 3 || words.Length > MaxWords)
            {
                continue;
            }

            map.TryAdd(key, name.Trim());
        }

        canonicalByKey = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public int Count => canonicalByKey.Count;

    public string? Find(string key) => canonicalByKey.GetValueOrDefault(key);

    public static string Key(string text) =>
        string.Join(' ', SkillTokenizer.Words(text));
}
