namespace Marketplace.Embeddings;

/// <summary>
/// The hand-made half of the lexicon: trade names, their slang and abbreviations, and the equipment words that
/// signal a trade. Concepts are the trades of Listings' trades plus the management families.
/// </summary>
public static class TradeSlang
{
    public static IEnumerable<(string Phrase, string Concept)> Entries { get; } = Expand(new Dictionary<string, string[]>
    {
        ["elevator"] = ["elevator", "elevators", "lift", "lifts", "escalator", "escalators", "conveyance", "vertical transportation",
            "hoistway", "traction", "hydraulic elevator", "moving walkway", "dumbwaiter", "otis", "thyssenkrupp", "tk elevator",
            "kone", "schindler", "mitsubishi elevator", "fujitec", "qei", "neii", "cet", "elevator mechanic", "lift engineer"],
        ["hvac"] = ["hvac", "hvacr", "ac", "a c", "air conditioning", "air conditioner", "aircon", "heating", "cooling", "refrigeration",
            "furnace", "boiler", "boilers", "chiller", "chillers", "heat pump", "ductwork", "rtu", "rooftop unit", "mini split",
            "epa 608", "trane", "carrier", "york", "daikin", "lennox", "freon", "refrigerant"],
        ["electrical"] = ["electrician", "electricians", "electrical", "sparky", "sparkie", "sparkies", "wireman", "journeyman electrician",
            "master electrician", "wiring", "conduit", "switchgear", "panel", "breaker", "breakers", "nec", "low voltage", "high voltage",
            "lineman", "electric"],
        ["plumbing"] = ["plumber", "plumbers", "plumbing", "pipefitter", "pipefitters", "steamfitter", "pipe fitter", "drain", "drains",
            "sewer", "backflow", "water heater", "fixtures", "piping"],
        ["fire_safety"] = ["fire alarm", "fire safety", "fire protection", "sprinkler", "sprinklers", "fire suppression", "nicet",
            "extinguisher", "fire sprinkler", "life safety", "fire inspector"],
        ["building_automation"] = ["building automation", "bas", "bms", "ddc", "controls technician", "building controls",
            "energy management", "bacnet", "niagara", "johnson controls", "honeywell", "siemens building", "automated logic"],
        ["security_systems"] = ["security systems", "access control", "cctv", "video surveillance", "intrusion alarm", "alarm technician",
            "card access", "low voltage security"],
        ["maintenance"] = ["maintenance", "handyman", "handyperson", "maintenance technician", "maintenance tech", "building engineer",
            "stationary engineer", "facilities technician", "repair", "preventive maintenance", "work orders", "janitorial"],
        ["property_management"] = ["property manager", "property management", "building manager", "community manager", "leasing",
            "tenant", "tenants", "landlord", "hoa", "real estate manager", "asset manager", "residential property"],
        ["facilities"] = ["facilities", "facility", "facilities manager", "facilities director", "operations manager", "regional manager",
            "site manager", "plant manager"],
        ["dispatch"] = ["dispatcher", "dispatch", "dispatching", "scheduler", "service coordinator", "call center"],
        ["estimating"] = ["estimator", "estimating", "cost estimate", "takeoff", "quantity surveyor", "bid", "bids", "bidding"],
        ["inspection"] = ["inspector", "inspection", "inspections", "code compliance", "building inspector", "qei inspector"],
        ["office"] = ["administrator", "administrative", "admin", "coordinator", "office manager", "receptionist", "clerk"],
    });

    private static IEnumerable<(string, string)> Expand(Dictionary<string, string[]> byConcept) =>
        byConcept.SelectMany(p => p.Value.Select(phrase => (phrase, p.Key))).ToArray();
}
