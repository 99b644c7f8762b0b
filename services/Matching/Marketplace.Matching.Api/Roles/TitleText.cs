using System.Collections.Frozen;
using System.Text;

namespace Marketplace.Matching.Api.Roles;

/// <summary>
/// Job titles as comparable words: lower case, abbreviations spelled out ("Sr. Maint Tech" → "senior maintenance
/// technician"), a plural "s" dropped, and the character trigrams of the result for misspellings and compounds.
/// </summary>
public static class TitleText
{
    private static readonly FrozenDictionary<string, string> Abbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["mgr"] = "manager", ["mngr"] = "manager", ["asst"] = "assistant", ["assoc"] = "associate", ["tech"] = "technician",
        ["techs"] = "technician", ["sr"] = "senior", ["jr"] = "junior", ["eng"] = "engineer", ["engr"] = "engineer",
        ["admin"] = "administrator", ["rep"] = "representative", ["supv"] = "supervisor", ["supvr"] = "supervisor",
        ["coord"] = "coordinator", ["dir"] = "director", ["spec"] = "specialist", ["ops"] = "operations",
        ["maint"] = "maintenance", ["svc"] = "service", ["svcs"] = "service", ["elec"] = "electrical", ["mech"] = "mechanic",
        ["acct"] = "accountant", ["dept"] = "department", ["gen"] = "general", ["mfg"] = "manufacturing", ["hr"] = "human resources",
        ["it"] = "information technology", ["qa"] = "quality assurance", ["qc"] = "quality control", ["vp"] = "vice president",
        ["cna"] = "certified nursing assistant", ["rn"] = "registered nurse", ["lpn"] = "licensed practical nurse",
        ["hvacr"] = "hvac", ["ac"] = "air conditioning", ["dev"] = "developer", ["prog"] = "programmer", ["instr"] = "instructor",
        ["sparky"] = "electrician", ["lift"] = "elevator", ["pipefitter"] = "pipe fitter",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static List<string> Words(string title)
    {
        var words = new List<string>(6);
        var current = new StringBuilder();
        foreach (var c in title.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (current.Length > 0)
            {
                var word = current.ToString();
                current.Clear();
                if (Abbreviations.TryGetValue(word, out var expanded))
                {
                    words.AddRange(expanded.Split(' '));
                }
                else
                {
                    words.Add(Stem(word));
                }
            }
        }

        return words;
    }

    public static IEnumerable<string> Trigrams(IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            var padded = $" {word} ";
            for (var i = 0; i + 3 <= padded.Length; i++)
            {
                yield return padded.Substring(i, 3);
            }
        }
    }

    private static string Stem(string word) =>
        word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;
}
