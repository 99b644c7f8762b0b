namespace Marketplace.ScraperIngest.Api.Domain;

/// <summary>
/// Skills and credentials of the building-service trades that O*NET's technology list does not name
/// (it lists software, not refrigerant certifications or fire codes).
/// </summary>
public static class TradeVocabulary
{
    public static IReadOnlyList<string> Terms { get; } =
    [
        "HVAC", "HVAC-R", "Refrigeration", "Chillers", "Chiller", "Boilers", "Boiler", "Cooling Towers", "Heat Pumps", "VAV", "Rooftop Units",
        "EPA 608", "EPA Section 608", "Universal Refrigerant Certification", "Brazing", "Sheet Metal", "Ductwork",
        "BACnet", "Modbus", "LonWorks", "Building Automation", "Building Management System", "BMS", "BAS", "DDC", "Niagara", "Tridium",
        "Johnson Controls Metasys", "Honeywell", "Siemens Desigo", "Trane", "Carrier",
        "Elevator", "Escalator", "Elevators", "Escalators", "Hydraulic Elevators", "Traction Elevators", "Otis", "Schindler", "KONE", "ThyssenKrupp",
        "NEIEP", "QEI", "ASME A17.1", "Elevator Mechanic License",
        "Electrical", "Electrician", "Journeyman Electrician", "Master Electrician", "NEC", "National Electrical Code", "Low Voltage",
        "Conduit Bending", "PLC", "PLCs", "Motor Controls", "Switchgear", "Transformers", "Generators", "Lockout/Tagout", "LOTO", "Arc Flash", "NFPA 70E",
        "Plumbing", "Plumber", "Pipefitting", "Pipefitter", "Backflow Prevention", "Backflow Testing", "Water Heaters", "Steamfitting", "Welding",
        "Fire Alarm", "Fire Sprinkler", "Fire Suppression", "Fire Protection", "NFPA 72", "NFPA 25", "NFPA 13", "NICET", "Sprinkler Systems",
        "Facilities Management", "Facility Maintenance", "Preventive Maintenance", "Work Orders", "CMMS", "Property Management", "Yardi",
        "AppFolio", "Building Maintenance", "Troubleshooting", "Blueprint Reading", "Blueprints", "Schematics",
        "OSHA", "OSHA 10", "OSHA 30", "CDL", "Forklift", "Confined Space", "First Aid", "CPR",
    ];

    /// <summary>Hot O*NET technologies that are also ordinary English words; matching them in prose misfires.</summary>
    public static IReadOnlySet<string> AmbiguousTechnologyWords { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "C", "R", "Go", "Chef", "React", "Slack", "Swift", "Zoom", "Puppet", "Bootstrap", "Ruby", "Facebook", "TikTok",
    };
}
