using Marketplace.ServiceDefaults.ReferenceData;
namespace Marketplace.ScraperIngest.Api.Domain;

/// <summary>
/// Builds the <see cref="SkillVocabulary"/> from O*NET's "Technology Skills.csv" (multi-word names, and the
/// single-word "hot technologies" that are not ordinary English words) plus <see cref="TradeVocabulary"/>.
/// </summary>
public static class SkillVocabularyLoader
{
    public static SkillVocabulary Load(string referenceDataDirectory)
    {
        using var reader = ReferenceFiles.OpenText(referenceDataDirectory, "onet/Technology Skills.csv");
        var names = new List<string>(TradeVocabulary.Terms);
        foreach (var row in CsvReader.ReadWithHeader(reader))
        {
            var name = row.GetValueOrDefault("Example", "").Trim();
            var singleWord = !name.Contains(' ', StringComparison.Ordinal);
            var hot = row.GetValueOrDefault("Hot Technology") == "Y";
            if (name.Length == 0 || (singleWord && (!hot || TradeVocabulary.AmbiguousTechnologyWords.Contains(name))))
            {
                continue;
            }

            names.Add(name);
        }

        return new SkillVocabulary(names);
    }
}
