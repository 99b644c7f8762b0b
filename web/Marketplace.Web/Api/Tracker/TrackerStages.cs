namespace Marketplace.Web.Api.Tracker;

/// <summary>The tracker's vocabulary, in the API's snake_case values, in the order a person meets them.</summary>
public static class TrackerStages
{
    public static readonly IReadOnlyList<string> Statuses = ["tracking", "applied", "interview", "offer", "closed"];

    public static readonly IReadOnlyList<string> ClosedReasons = ["rejected", "withdrawn", "ghosted", "declined", "accepted"];

    public static readonly IReadOnlyList<string> Channels = ["company_site", "job_board", "linkedin", "referral", "recruiter", "email", "in_person", "other"];
}
