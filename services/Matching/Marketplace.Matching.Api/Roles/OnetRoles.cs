using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.Matching.Api.Roles;

/// <summary>
/// The one place Matching reads O*NET (shared reference data): occupations ("onet/Occupation Data.csv") with their
/// alternate titles ("onet/Alternate Titles.csv") as aliases and task statements ("onet/Task Statements.csv"). <paramref name="includeAlias"/> lets an evaluation keep
/// some titles back; <paramref name="limit"/> bounds the occupations read (tests need not load all of them).
/// </summary>
public static class OnetRoles
{
    public static IReadOnlyList<CanonicalRole> Load(string referenceDataDirectory, Func<string, string, bool>? includeAlias = null, int? limit = null)
    {
        var onet = Path.Combine(referenceDataDirectory, "onet");
        var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in ReferenceFiles.ReadLines(referenceDataDirectory, "onet/Alternate Titles.csv").Skip(1))
        {
            var f = Csv.Split(line);
            if (f.Count < 4 || (includeAlias is not null && !includeAlias(f[0], f[2])))
            {
                continue;
            }

            if (!aliases.TryGetValue(f[0], out var list))
            {
                aliases[f[0]] = list = [];
            }

            list.Add(f[2]);
            if (f[3].Length > 0 && includeAlias?.Invoke(f[0], f[3]) != false)
            {
                list.Add(f[3]);
            }
        }

        var tasks = new Dictionary<string, System.Text.StringBuilder>(StringComparer.Ordinal);
        foreach (var line in ReferenceFiles.ReadLines(referenceDataDirectory, "onet/Task Statements.csv").Skip(1))
        {
            var f = Csv.Split(line);
            if (f.Count >= 4)
            {
                (tasks.TryGetValue(f[0], out var text) ? text : tasks[f[0]] = new()).Append(f[3]).Append(' ');
            }
        }

        var roles = new List<CanonicalRole>();
        foreach (var line in ReferenceFiles.ReadLines(referenceDataDirectory, "onet/Occupation Data.csv").Skip(1))
        {
            var f = Csv.Split(line);
            if (f.Count < 3)
            {
                continue;
            }

            roles.Add(new CanonicalRole(CanonicalRole.IdOf(f[0]), f[0], f[1], f[2], CanonicalRole.MajorGroup(f[0]),
                aliases.GetValueOrDefault(f[0]) ?? [], tasks.GetValueOrDefault(f[0])?.ToString()));
            if (limit is { } max && roles.Count >= max)
            {
                break;
            }
        }

        return roles;
    }

    /// <summary>Every (occupation code, alternate title) pair, for evaluations.</summary>
    public static IEnumerable<(string SocCode, string Title)> AlternateTitles(string referenceDataDirectory) =>
        ReferenceFiles.ReadLines(referenceDataDirectory, "onet/Alternate Titles.csv").Skip(1)
            .Select(Csv.Split).Where(f => f.Count >= 4).Select(f => (f[0], f[2]));
}
