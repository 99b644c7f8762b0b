using System.Collections.Frozen;
using Marketplace.MarketAnalytics.Api.Domain;

namespace Marketplace.MarketAnalytics.Api.Reference;

/// <summary>
/// A local lexical index over O*NET occupation titles, their alternate titles and the marketplace's job categories,
/// resolving a role as people type it ("HVAC tech") to a canonical role. An exact title wins; otherwise each title
/// is scored by the share of the query's words it contains (rare words weigh more, a word may be a prefix: "refrig")
/// times the share of its own words the query covers, so the shortest title that says it all wins.
/// </summary>
public sealed class RoleIndex
{
    private static readonly FrozenDictionary<string, string> Abbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["tech"] = "technician", ["techs"] = "technician", ["technicians"] = "technician", ["mech"] = "mechanic",
        ["mechanics"] = "mechanic", ["mgr"] = "manager", ["managers"] = "manager", ["eng"] = "engineer", ["engr"] = "engineer",
        ["engineers"] = "engineer", ["asst"] = "assistant", ["maint"] = "maintenance", ["elec"] = "electrical",
        ["electricians"] = "electrician", ["plumbers"] = "plumber", ["installers"] = "installer", ["repairers"] = "repairer",
        ["sr"] = "senior", ["jr"] = "junior", ["supv"] = "supervisor", ["supervisors"] = "supervisor", ["ac"] = "air conditioning",
        ["a"] = "", ["c"] = "", ["and"] = "", ["of"] = "", ["the"] = "", ["or"] = "", ["all"] = "", ["other"] = "", ["except"] = "",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, CanonicalRole> rolesByKey;
    private readonly Dictionary<string, List<int>> entriesByToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> exact = new(StringComparer.Ordinal);
    private readonly List<(string[] Tokens, string RoleKey, string Text)> entries = [];
    private readonly FrozenSet<string> preferred;
    private readonly string[] vocabulary;

    /// <param name="roles">Every canonical role by key.</param>
    /// <param name="titles">(title as written, role key): occupation titles, alternate titles, category names.</param>
    /// <param name="preferredKeys">Roles that win a tie (the marketplace's own trades).</param>
    public RoleIndex(IEnumerable<CanonicalRole> roles, IEnumerable<(string Title, string RoleKey)> titles, IEnumerable<string> preferredKeys)
    {
        rolesByKey = roles.ToFrozenDictionary(r => r.Key, StringComparer.OrdinalIgnoreCase);
        preferred = preferredKeys.ToFrozenSet(StringComparer.Ordinal);
        foreach (var (title, key) in titles)
        {
            if (!rolesByKey.ContainsKey(key))
            {
                continue;
            }

            var tokens = Tokens(title);
            if (tokens.Length == 0)
            {
                continue;
            }

            var normalized = string.Join(' ', tokens);
            var index = entries.Count;
            entries.Add((tokens, key, title));
            // The first writer keeps an exact title, unless a preferred role also uses it.
            if (!exact.TryGetValue(normalized, out var existing) || (!preferred.Contains(entries[existing].RoleKey) && preferred.Contains(key)))
            {
                exact[normalized] = index;
            }

            foreach (var token in tokens.Distinct())
            {
                if (!entriesByToken.TryGetValue(token, out var list))
                {
                    entriesByToken[token] = list = [];
                }

                list.Add(index);
            }
        }

        vocabulary = [.. entriesByToken.Keys.Order(StringComparer.Ordinal)];
    }

    public CanonicalRole? ByKey(string key) => rolesByKey.GetValueOrDefault(key);

    /// <summary>The canonical role for <paramref name="query"/> and the title it matched, or null when nothing fits.</summary>
    public (CanonicalRole Role, string Matched)? Resolve(string query)
    {
        var trimmed = query.Trim();
        if (rolesByKey.TryGetValue(trimmed, out var byKey) || rolesByKey.TryGetValue(trimmed + ".00", out byKey))
        {
            return (byKey, byKey.Title);
        }

        var tokens = Tokens(trimmed);
        if (tokens.Length == 0)
        {
            return null;
        }

        if (exact.TryGetValue(string.Join(' ', tokens), out var hit))
        {
            return (rolesByKey[entries[hit].RoleKey], entries[hit].Text);
        }

        var weights = tokens.Distinct().ToDictionary(t => t, Weight, StringComparer.Ordinal);
        var total = weights.Values.Sum();
        var scores = new Dictionary<int, double>();
        foreach (var (token, weight) in weights)
        {
            foreach (var entry in Matching(token).SelectMany(t => entriesByToken[t]).Distinct())
            {
                scores[entry] = scores.GetValueOrDefault(entry) + weight;
            }
        }

        var best = scores
            .Select(s =>
            {
                var (entryTokens, key, _) = entries[s.Key];
                var covered = entryTokens.Count(t => tokens.Any(q => t.StartsWith(q, StringComparison.Ordinal)));
                return (Entry: s.Key, Score: s.Value / total * covered / entryTokens.Length, Preferred: preferred.Contains(key));
            })
            .Where(s => s.Score >= 0.35)
            .OrderByDescending(s => Math.Round(s.Score, 6))
            .ThenByDescending(s => s.Preferred)
            .ThenBy(s => entries[s.Entry].Text.Length)
            .ThenBy(s => s.Entry)
            .FirstOrDefault();
        return best.Score > 0 ? (rolesByKey[entries[best.Entry].RoleKey], entries[best.Entry].Text) : null;
    }

    /// <summary>Lower case words of letters and digits, abbreviations expanded, filler words dropped.</summary>
    public static string[] Tokens(string text)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var c in text.ToLowerInvariant().Append(' '))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                current.Append(c);
                continue;
            }

            if (current.Length > 0)
            {
                var word = current.ToString();
                current.Clear();
                var expanded = Abbreviations.GetValueOrDefault(word, word);
                words.AddRange(expanded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return [.. words];
    }

    private IEnumerable<string> Matching(string token)
    {
        if (token.Length < 3)
        {
            return entriesByToken.ContainsKey(token) ? [token] : [];
        }

        var start = Array.BinarySearch(vocabulary, token, StringComparer.Ordinal);
        start = start < 0 ? ~start : start;
        var matches = new List<string>();
        for (var i = start; i < vocabulary.Length && vocabulary[i].StartsWith(token, StringComparison.Ordinal); i++)
        {
            matches.Add(vocabulary[i]);
        }

        return matches;
    }

    /// <summary>Inverse document frequency: "hvac" says more than "technician".</summary>
    private double Weight(string token)
    {
        var count = Matching(token).Sum(t => entriesByToken[t].Count);
        return Math.Log(1 + (entries.Count + 1.0) / (count + 1.0));
    }
}
