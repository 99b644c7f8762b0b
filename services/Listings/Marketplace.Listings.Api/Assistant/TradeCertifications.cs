namespace Marketplace.Listings.Api.Assistant;

/// <summary>The credentials each trade commonly requires, and the screening questions that follow from them.</summary>
public static class TradeCertifications
{
    private static readonly Dictionary<string, string[]> ByTrade = new(StringComparer.Ordinal)
    {
        ["elevator"] = ["CET (NAEC Certified Elevator Technician)", "QEI", "State elevator mechanic licence"],
        ["hvac"] = ["EPA Section 608", "NATE"],
        ["electrical"] = ["Journeyman electrician licence", "OSHA 10"],
        ["plumbing"] = ["Journeyman plumber licence", "Backflow tester certification"],
        ["fire_safety"] = ["NICET Fire Alarm Systems", "State fire alarm licence"],
        ["security_systems"] = ["Low-voltage licence", "NICET"],
        ["building_automation"] = ["Niagara 4 certification"],
    };

    public static IReadOnlyList<string> For(string trade) => ByTrade.GetValueOrDefault(trade) ?? [];

    public static IReadOnlyList<SuggestedQuestion> Questions(string trade)
    {
        var questions = For(trade).Take(1)
            .Select(c => new SuggestedQuestion($"Do you hold a current {c}?", "yes_no", true, "no"))
            .ToList();
        questions.Add(new SuggestedQuestion("How many years of hands-on experience do you have in this trade?", "number", true, null));
        questions.Add(new SuggestedQuestion("Do you have a valid driver's licence?", "yes_no", false, null));
        return questions;
    }
}
