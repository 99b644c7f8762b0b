namespace Marketplace.Web.Api.Hiring;

/// <summary>The values Listings accepts for a listing's enum fields (lower snake_case), in the order a form offers them.</summary>
public static class ListingVocabulary
{
    public static IReadOnlyList<string> JobCategories { get; } =
    [
        "elevator_technician", "elevator_mechanic", "elevator_helper", "elevator_inspector", "hvac_technician", "hvac_engineer",
        "electrical_technician", "electrician", "plumber", "fire_safety_technician", "building_automation", "security_systems",
        "general_maintenance", "building_manager", "property_manager", "facilities_director", "maintenance_supervisor",
        "operations_manager", "regional_manager", "dispatcher", "coordinator", "administrator", "estimator", "inspector",
    ];

    public static IReadOnlyList<string> JobTypes { get; } = ["permanent", "contract", "temporary", "emergency", "apprenticeship", "internship", "subcontract"];

    public static IReadOnlyList<string> Visibilities { get; } = ["internal", "network", "regional", "industry", "global"];

    public static IReadOnlyList<string> ExperienceLevels { get; } = ["any", "entry", "junior", "mid", "senior", "expert", "lead"];

    public static IReadOnlyList<string> LocationTypes { get; } = ["on_site", "hybrid", "remote"];

    public static IReadOnlyList<string> CompensationTypes { get; } = ["hourly", "salary", "day_rate", "contract_total", "negotiable"];

    /// <summary>An offer names a figure, so "negotiable" is not one of its compensation types.</summary>
    public static IReadOnlyList<string> OfferCompensationTypes { get; } = ["hourly", "salary", "day_rate", "contract_total"];

    public static IReadOnlyList<string> QuestionTypes { get; } = ["yes_no", "number", "multiple_choice", "text"];

    public static IReadOnlyList<string> InterviewTypes { get; } = ["video", "phone", "in_person", "technical"];

    public static IReadOnlyList<string> RejectionReasons { get; } =
    [
        "not_qualified", "position_filled", "better_fit_selected", "failed_interview", "no_show", "compensation_mismatch",
        "location_mismatch", "other",
    ];

    public static IReadOnlyList<string> Recommendations { get; } = ["strong_hire", "hire", "no_hire", "strong_no_hire"];

    /// <summary>A listing status → the moves its owner may make (Listings' status machine): publish, pause, resume, close.</summary>
    public static bool CanEdit(string status) => status is "draft" or "active" or "paused";

    public static bool CanPublish(string status) => status == "draft";

    public static bool CanPause(string status) => status == "active";

    public static bool CanResume(string status) => status == "paused";

    public static bool CanClose(string status) => status is "draft" or "active" or "paused";
}
