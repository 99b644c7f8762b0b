namespace Marketplace.Applications.Api.Tracker;

/// <summary>
/// The tracker's rules, plain C#: moves go forward (a step may be skipped) or to closed; closed is final. A job in
/// Tracking or Applied with no activity for N days is stale, with a suggested next action.
/// </summary>
public static class TrackerRules
{
    public const int DefaultStaleDays = 14;

    public static bool CanMove(TrackerStatus from, TrackerStatus to) =>
        from != TrackerStatus.Closed && (to == TrackerStatus.Closed || to > from);

    public static string SuggestedAction(TrackerStatus status, int followUps) => status switch
    {
        TrackerStatus.Tracking => "apply_or_stop_tracking",
        TrackerStatus.Applied when followUps == 0 => "send_follow_up",
        TrackerStatus.Applied when followUps < 2 => "send_second_follow_up",
        _ => "close_as_ghosted",
    };
}
