using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.Embeddings;

/// <summary>
/// O*NET alternate job titles of the trades' SOC occupations (data/reference/onet/Alternate Titles.csv), each as a
/// phrase for its concept: "Elevator Constructor" and "Accessibility Lift Tech" both mean elevator.
/// </summary>
public static class OnetTradeTitles
{
    private static readonly Dictionary<string, string> ConceptBySoc = new(StringComparer.Ordinal)
    {
        ["47-4021"] = "elevator",
        ["49-9021"] = "hvac",
        ["47-2111"] = "electrical",
        ["49-2094"] = "electrical",
        ["47-3013"] = "electrical",
        ["47-2152"] = "plumbing",
        ["47-3015"] = "plumbing",
        ["49-2098"] = "security_systems",
        ["33-2021"] = "fire_safety",
        ["49-9071"] = "maintenance",
        ["11-9141"] = "property_management",
        ["11-3013"] = "facilities",
        ["49-1011"] = "maintenance",
        ["43-5032"] = "dispatch",
        ["13-1051"] = "estimating",
        ["47-4011"] = "inspection",
    };

    public static IEnumerable<(string Phrase, string Concept)> Read(string referenceDataDirectory)
    {
        const string file = "onet/Alternate Titles.csv";
        if (!ReferenceFiles.Exists(referenceDataDirectory, file))
        {
            yield break;
        }

        foreach (var line in ReferenceFiles.ReadLines(referenceDataDirectory, file).Skip(1))
        {
            // Only the first 7 characters (SOC major-minor-detail) choose the concept; ".00"/".01" variants share it.
            if (line.Length < 8 || !ConceptBySoc.TryGetValue(line[..7], out var concept))
            {
                continue;
            }

            var fields = Csv.Split(line);
            if (fields.Count < 4)
            {
                continue;
            }

            // "Elevator Lift Technician (Elevator Lift Tech)": the title without its parenthesised short form, and the short form.
            var title = fields[2];
            var paren = title.IndexOf('(', StringComparison.Ordinal);
            // One-word titles ("Mechanic", "Installer") say nothing about the trade on their own.
            foreach (var phrase in new[] { paren > 0 ? title[..paren] : title, fields[3] })
            {
                if (phrase.Trim().Contains(' ', StringComparison.Ordinal))
                {
                    yield return (phrase, concept);
                }
            }
        }
    }
}
