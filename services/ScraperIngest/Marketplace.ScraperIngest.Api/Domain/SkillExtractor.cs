namespace Marketplace.ScraperIngest.Api.Domain;

/// <summary>Known skills named in a posting: the scraper's own skills list first, then those found in the text.</summary>
public sealed class SkillExtractor(SkillVocabulary vocabulary)
{
    public const int MaxSkills = 40;

    public IReadOnlyList<string> Extract(IEnumerable<string> listedSkills, string? title, string? description)
    {
        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var skill in listedSkills)
        {
            var canonical = vocabulary.Find(SkillVocabulary.Key(skill)) ?? skill.Trim();
            if (canonical.Length > 0 && seen.Add(canonical))
            {
                found.Add(canonical);
            }
        }

        Scan(title, found, seen);
        Scan(description, found, seen);
        return found.Count > MaxSkills ? found[..MaxSkills] : found;
    }

    private void Scan(string? text, List<string> found, HashSet<string> seen)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var words = SkillTokenizer.Words(text);
        for (var i = 0; i < words.Count && found.Count < MaxSkills; i++)
        {
            // Longest match first, so "Microsoft Excel" wins over "Excel".
            var span = Math.Min(SkillVocabulary.MaxWords, words.Count - i);
            for (var n = span; n >= 1; n--)
            {
                var key = n == 1 ? words[i] : string.Join(' ', words.GetRange(i, n));
                if (vocabulary.Find(key) is { } canonical)
                {
                    if (seen.Add(canonical))
                    {
                        found.Add(canonical);
                    }

                    i += n - 1;
                    break;
                }
            }
        }
    }
}
