using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.Applications.Api.Interviewing;

/// <summary>
/// The one place this service reads reference data: O*NET occupations, tasks, skills and technologies, for the
/// occupations of <see cref="Occupations"/> only, loaded once. Missing data (no reference folder) gives no occupations,
/// and interview questions then come from the listing's own requirements.
/// </summary>
public sealed class OnetData
{
    private readonly Dictionary<string, OnetOccupation> occupations;

    private OnetData(Dictionary<string, OnetOccupation> occupations) => this.occupations = occupations;

    public OnetOccupation? Find(string? soc) => soc is not null && occupations.TryGetValue(soc, out var o) ? o : null;

    public static OnetData Load(string? referenceDataDirectory)
    {
        var wanted = Occupations.AllSocCodes.ToHashSet(StringComparer.Ordinal);
        if (referenceDataDirectory is null || !ReferenceFiles.Exists(referenceDataDirectory, "onet/Occupation Data.csv"))
        {
            return new OnetData([]);
        }

        var titles = Rows(referenceDataDirectory, "onet/Occupation Data.csv", wanted).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        var tasks = Rows(referenceDataDirectory, "onet/Task Statements.csv", wanted)
            .Where(r => r.Count > 4 && r[4] == "Core")
            .GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.Select(r => r[3].Trim()).ToList(), StringComparer.Ordinal);
        // Skills.csv: importance (IM) per skill; the most important first, ties by name for a stable order.
        var skills = Rows(referenceDataDirectory, "onet/Skills.csv", wanted)
            .Where(r => r.Count > 6 && r[4] == "IM")
            .GroupBy(r => r[0]).ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(r => decimal.TryParse(r[6], System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0m)
                    .ThenBy(r => r[3], StringComparer.Ordinal).Select(r => r[3]).Take(6).ToList(),
                StringComparer.Ordinal);
        var technologies = Rows(referenceDataDirectory, "onet/Technology Skills.csv", wanted)
            .Where(r => r.Count > 5)
            .GroupBy(r => r[0]).ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(r => r[5] == "Y").ThenBy(r => r[2], StringComparer.Ordinal).Select(r => r[2]).Take(4).ToList(),
                StringComparer.Ordinal);

        return new OnetData(titles.ToDictionary(
            t => t.Key,
            t => new OnetOccupation(t.Key, t.Value, tasks.GetValueOrDefault(t.Key) ?? [], skills.GetValueOrDefault(t.Key) ?? [],
                technologies.GetValueOrDefault(t.Key) ?? []),
            StringComparer.Ordinal));
    }

    private static IEnumerable<List<string>> Rows(string directory, string relativePath, HashSet<string> wanted) =>
        ReferenceFiles.ReadLines(directory, relativePath).Skip(1)
            .Where(line => line.Length > 10 && wanted.Contains(line[..10]))
            .Select(Csv.Split);
}
