using System.Collections.Frozen;
using System.Text;

namespace Marketplace.Matching.Api.Domain;

/// <summary>
/// Canonical skill keys, so that synonyms and abbreviations count as the same skill: "VRF" and "variable refrigerant
/// flow", "BAS", "BMS" and "building automation". Unknown skills are their own key (lower case, words only, a plural
/// "s" dropped), so "Chillers" still matches "chiller".
/// </summary>
public static class SkillVocabulary
{
    private static readonly FrozenDictionary<string, string> Canonical = Build(new Dictionary<string, string[]>
    {
        ["vrf"] = ["vrf", "vrv", "variable refrigerant flow", "variable refrigerant volume"],
        ["building automation"] = ["building automation", "bas", "bms", "building management system", "building automation system",
            "ddc", "direct digital control", "building controls", "ems", "energy management system"],
        ["hvac"] = ["hvac", "hvacr", "hvac r", "heating ventilation and air conditioning", "heating and air conditioning"],
        ["epa 608"] = ["epa 608", "epa section 608", "epa 608 universal", "epa universal", "608 certification", "epa 608 certification"],
        ["plc"] = ["plc", "plcs", "programmable logic controller", "programmable logic controllers"],
        ["nicet"] = ["nicet", "nicet level ii", "nicet level 2", "nicet certification"],
        ["qei"] = ["qei", "qualified elevator inspector"],
        ["cet"] = ["cet", "certified elevator technician"],
        ["osha 10"] = ["osha 10", "osha10", "osha 10 hour"],
        ["osha 30"] = ["osha 30", "osha30", "osha 30 hour"],
        ["journeyman electrician"] = ["journeyman electrician", "journeyman electrical license", "journeyman license", "je license"],
        ["master electrician"] = ["master electrician", "master electrical license"],
        ["cmms"] = ["cmms", "computerized maintenance management system", "work order system"],
        ["preventive maintenance"] = ["preventive maintenance", "preventative maintenance", "pm", "planned maintenance"],
        ["rtu"] = ["rtu", "rooftop unit", "rooftop units", "packaged rooftop unit"],
        ["chiller"] = ["chiller", "chillers", "centrifugal chiller", "chiller plant"],
        ["boiler"] = ["boiler", "boilers", "steam boiler", "hydronic boiler"],
        ["fire alarm"] = ["fire alarm", "fire alarm systems", "fire detection", "fa systems"],
        ["sprinkler"] = ["sprinkler", "sprinklers", "fire sprinkler", "fire sprinkler systems", "fire suppression"],
        ["access control"] = ["access control", "card access", "access control systems"],
        ["cctv"] = ["cctv", "video surveillance", "closed circuit television", "security cameras"],
        ["troubleshooting"] = ["troubleshooting", "troubleshoot", "diagnostics", "fault finding"],
        ["elevator maintenance"] = ["elevator maintenance", "lift maintenance", "elevator service", "lift servicing"],
        ["elevator repair"] = ["elevator repair", "lift repair", "elevator troubleshooting"],
        ["hydraulic elevators"] = ["hydraulic elevators", "hydraulic elevator", "hydraulic lifts"],
        ["traction elevators"] = ["traction elevators", "traction elevator", "traction lifts", "geared traction", "gearless traction"],
        ["escalators"] = ["escalators", "escalator", "moving walkways", "moving walkway"],
        ["refrigeration"] = ["refrigeration", "commercial refrigeration", "refrigeration systems"],
        ["backflow"] = ["backflow", "backflow prevention", "backflow testing", "backflow certification"],
        ["low voltage"] = ["low voltage", "lv", "low voltage wiring", "structured cabling"],
        ["blueprint reading"] = ["blueprint reading", "blueprints", "reading blueprints", "schematics", "reading schematics", "electrical schematics"],
        ["customer service"] = ["customer service", "customer relations", "client service"],
        ["property management"] = ["property management", "property manager", "yardi", "appfolio"],
        ["welding"] = ["welding", "welder", "mig welding", "tig welding"],
    });

    /// <summary>The canonical key of a skill (never null; empty for blank input).</summary>
    public static string Key(string skill)
    {
        var words = Words(skill);
        if (Canonical.TryGetValue(words, out var key))
        {
            return key;
        }

        var singular = words.Length > 3 && words.EndsWith('s') && !words.EndsWith("ss", StringComparison.Ordinal) ? words[..^1] : words;
        return Canonical.GetValueOrDefault(singular) ?? singular;
    }

    /// <summary>Distinct canonical keys of a list of skills.</summary>
    public static HashSet<string> Keys(IEnumerable<string> skills)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var skill in skills)
        {
            var key = Key(skill);
            if (key.Length > 0)
            {
                set.Add(key);
            }
        }

        return set;
    }

    private static string Words(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    private static FrozenDictionary<string, string> Build(Dictionary<string, string[]> groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, synonyms) in groups)
        {
            foreach (var synonym in synonyms.Append(key))
            {
                map[Words(synonym)] = key;
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
