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

        // The text's words joined by single spaces, with where each word starts and ends: an n-gram is then one slice.
        using var normalized = SkillTokenizer.Normalize(text);
        var words = normalized.Count;
        for (var i = 0; i < words && found.Count < MaxSkills; i++)
        {
            if (!vocabulary.TryGetWord(normalized.Words(i, 1), out var word))
            {
                continue;
            }

            // Longest match first, so "Microsoft Excel" wins over "Excel".
            var (canonical, n) = (word.Canonical, 1);
            for (var longer = word.StartsLongerName ? Math.Min(SkillVocabulary.MaxWords, words - i) : 1; longer > 1; longer--)
            {
                if (vocabulary.Find(normalized.Words(i, longer)) is { } name)
                {
                    (canonical, n) = (name, longer);
                    break;
                }
            }

            if (canonical is not null)
            {
                if (seen.Add(canonical))
                {
                    found.Add(canonical);
                }

                i += n - 1;
            }
        }
    }
}
