using System.Collections.Frozen;
using Marketplace.ServiceDefaults.Text;

namespace Marketplace.Embeddings;

/// <summary>
/// Phrases of the building trades mapped to concepts ("lift" → elevator, "sparky" → electrical), so that the local
/// embedding relates words that share no letters. Built from a hand-made slang list plus, when the shared reference
/// data is present, the O*NET alternate titles of the trades' SOC occupations.
/// </summary>
public sealed class TradeLexicon
{
    public const int MaxPhraseWords = 4;

    private readonly FrozenDictionary<string, string[]> concepts;

    private TradeLexicon(Dictionary<string, HashSet<string>> phrases) =>
        concepts = phrases.ToFrozenDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    public int Count => concepts.Count;

    /// <summary>The concepts a normalized phrase (lower case, single spaces) stands for, or none.</summary>
    public IReadOnlyList<string> ConceptsOf(string phrase) => concepts.GetValueOrDefault(phrase) ?? [];

    /// <summary>The distinct concepts any phrase of <paramref name="text"/> stands for, in order of first mention.</summary>
    public IReadOnlyList<string> ConceptsIn(string text)
    {
        var words = TextTokens.Words(text).ToList();
        var found = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var phrase = "";
            for (var n = 0; n < MaxPhraseWords && i + n < words.Count; n++)
            {
                phrase = n == 0 ? words[i] : $"{phrase} {words[i + n]}";
                foreach (var concept in ConceptsOf(phrase))
                {
                    if (!found.Contains(concept))
                    {
                        found.Add(concept);
                    }
                }
            }
        }

        return found;
    }

    public static TradeLexicon Build(string? referenceDataDirectory)
    {
        var phrases = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (phrase, concept) in TradeSlang.Entries)
        {
            Add(phrases, phrase, concept);
        }

        if (referenceDataDirectory is not null)
        {
            foreach (var (phrase, concept) in OnetTradeTitles.Read(referenceDataDirectory))
            {
                Add(phrases, phrase, concept);
            }
        }

        return new TradeLexicon(phrases);
    }

    private static void Add(Dictionary<string, HashSet<string>> phrases, string phrase, string concept)
    {
        var key = string.Join(' ', TextTokens.Words(phrase));
        if (key.Length == 0 || key.Count(c => c == ' ') >= MaxPhraseWords)
        {
            return;
        }

        if (!phrases.TryGetValue(key, out var set))
        {
            phrases[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(concept);
    }
}
