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
            if (!vocabulary.TryGet(normalized.Words(i, 1), out var entry))
            {
                continue;
            }

            // Longest match, so "Microsoft Excel" wins over "Excel": extend while the words so far start a longer name.
            var (canonical, n) = (entry.Canonical, 1);
            for (var length = 2; entry.StartsLongerName && i + length <= words; length++)
            {
                if (!vocabulary.TryGet(normalized.Words(i, length), out entry))
                {
                    break;
                }

                if (entry.Canonical is not null)
                {
                    (canonical, n) = (entry.Canonical, length);
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
