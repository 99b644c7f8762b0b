using System.Collections.Frozen;
using System.Globalization;
using Marketplace.MarketAnalytics.Api.Domain;
using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.MarketAnalytics.Api.Reference;

/// <summary>
/// Everything this service knows from reference data, loaded once from the reference data folder (<see cref="ReferenceFiles"/>): the role
/// index (O*NET), the location resolver (GeoNames) and national wages (BLS OEWS).
/// </summary>
public sealed class MarketReference
{
    // The marketplace's own trades and building-management occupations win ties in role resolution.
    private static readonly string[] PreferredSocPrefixes = ["47-", "49-", "11-9141", "11-3013", "17-2141"];

    private readonly FrozenDictionary<string, OewsWages> wagesBySoc;

    private MarketReference(RoleIndex roles, LocationResolver locations, FrozenDictionary<string, OewsWages> wages)
    {
        Roles = roles;
        Locations = locations;
        wagesBySoc = wages;
    }

    public RoleIndex Roles { get; }

    public LocationResolver Locations { get; }

    public OewsWages? WagesFor(CanonicalRole role) => role.SocCode is { } soc ? wagesBySoc.GetValueOrDefault(soc) : null;

    /// <summary>
    /// A role as typed: a marketplace job category ("hvac_technician", "Dispatcher") first, since listings and
    /// emergency jobs are counted under their category's occupation, then the O*NET index.
    /// </summary>
    public (CanonicalRole Role, string Matched)? ResolveRole(string query)
    {
        var category = string.Join('_', RoleIndex.Tokens(query.Replace('_', ' ')));
        if (JobCategoryOccupations.OnetCodeByCategory.ContainsKey(category))
        {
            var role = RoleOfCategory(category);
            return (role, category);
        }

        return Roles.Resolve(query);
    }

    /// <summary>The canonical role of a marketplace job category: its occupation, or the category itself.</summary>
    public CanonicalRole RoleOfCategory(string? jobCategory)
    {
        var category = (jobCategory ?? "").Trim().ToLowerInvariant();
        if (JobCategoryOccupations.OnetCodeByCategory.TryGetValue(category, out var code) && Roles.ByKey(code) is { } role)
        {
            return role;
        }

        return category.Length == 0 ? new CanonicalRole("category:unknown", "Unknown") : CategoryRole(category);
    }

    /// <summary>The canonical role of an imported posting: its role name if it resolves, else its title, else unknown.</summary>
    public CanonicalRole RoleOfPosting(string? roleName, string? title) =>
        (!string.IsNullOrWhiteSpace(roleName) ? ResolveRole(roleName)?.Role : null)
        ?? (!string.IsNullOrWhiteSpace(title) ? ResolveRole(title)?.Role : null)
        ?? new CanonicalRole("category:unknown", "Unknown");

    public static MarketReference Load(string directory)
    {
        var roles = new List<CanonicalRole>();
        var titles = new List<(string, string)>();
        foreach (var row in Rows(directory, "onet/Occupation Data.csv"))
        {
            if (row.Count >= 2 && row[0].Length >= 7)
            {
                roles.Add(new CanonicalRole(row[0], row[1].Trim()));
                titles.Add((row[1], row[0]));
            }
        }

        foreach (var row in Rows(directory, "onet/Alternate Titles.csv"))
        {
            if (row.Count >= 4)
            {
                // "Commercial HVAC Tech (Commercial Heating, ...)": the words before the spelled-out form, and the short title.
                var alternate = row[2];
                var paren = alternate.IndexOf('(');
                titles.Add((paren > 0 ? alternate[..paren] : alternate, row[0]));
                if (row[3].Length > 0)
                {
                    titles.Add((row[3], row[0]));
                }
            }
        }

        foreach (var (category, code) in JobCategoryOccupations.OnetCodeByCategory)
        {
            titles.Add((category.Replace('_', ' '), code));
        }

        var preferred = roles.Where(r => PreferredSocPrefixes.Any(p => r.Key.StartsWith(p, StringComparison.Ordinal))).Select(r => r.Key);
        var index = new RoleIndex(roles, titles, preferred);
        var wages = LoadWages(directory);
        return new MarketReference(index, new LocationResolver(UsGeocoder.Load(directory)), wages);
    }

    private static CanonicalRole CategoryRole(string category) =>
        new($"category:{category}", CultureInfo.InvariantCulture.TextInfo.ToTitleCase(category.Replace('_', ' ')));

    private static FrozenDictionary<string, OewsWages> LoadWages(string directory)
    {
        var wages = new Dictionary<string, OewsWages>(StringComparer.Ordinal);
        using var lines = ReferenceFiles.ReadLines(directory, "oews/oews_national_M2024.csv").GetEnumerator();
        if (!lines.MoveNext())
        {
            return wages.ToFrozenDictionary();
        }

        var header = Csv.Split(lines.Current);
        var columns = new[] { "OCC_CODE", "OCC_TITLE", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "H_MEDIAN" }
            .Select(name => header.IndexOf(name)).ToArray();
        while (lines.MoveNext())
        {
            var f = Csv.Split(lines.Current);
            if (f.Count < header.Count)
            {
                continue;
            }

            wages.TryAdd(f[columns[0]], new OewsWages(f[columns[0]], f[columns[1]], Number(f[columns[2]]), Number(f[columns[3]]),
                Number(f[columns[4]]), Number(f[columns[5]]), Number(f[columns[6]]), Number(f[columns[7]])));
        }

        return wages.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static IEnumerable<List<string>> Rows(string directory, string relativePath) =>
        ReferenceFiles.ReadLines(directory, relativePath).Skip(1).Select(Csv.Split);

    private static decimal? Number(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
}
