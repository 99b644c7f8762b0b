namespace Marketplace.Web.Api.Hiring;

/// <summary>
/// The hiring pipeline as the screens show it: a label and colour per stage, and the moves each side may make from it.
/// It mirrors Applications' ApplicationStatusMachine (submitted → viewed → shortlisted → interview_scheduled →
/// interview_completed → offer_extended → offer_accepted | offer_declined → hired; rejected and withdrawn from any open
/// stage), so a button is only offered when the API would accept it; the API stays the judge (a 409 is still shown).
/// </summary>
public static class HiringPipeline
{
    /// <summary>The stages in pipeline order, for the stepper and for sorting.</summary>
    public static IReadOnlyList<string> Stages { get; } =
        ["submitted", "viewed", "shortlisted", "interview_scheduled", "interview_completed", "offer_extended", "offer_accepted", "hired"];

    public static bool IsFinal(string status) => status is "hired" or "rejected" or "withdrawn";

    public static string Label(string status) => status switch
    {
        "submitted" => "Applied",
        "viewed" => "Viewed by employer",
        "shortlisted" => "Shortlisted",
        "interview_scheduled" => "Interview scheduled",
        "interview_completed" => "Interviewed",
        "offer_extended" => "Offer extended",
        "offer_accepted" => "Offer accepted",
        "offer_declined" => "Offer declined",
        "hired" => "Hired",
        "rejected" => "Not selected",
        "withdrawn" => "Withdrawn",
        _ => Humanize(status),
    };

    /// <summary>Whether a stage is good news, bad news or in progress (a chip's colour).</summary>
    public static StageTone Tone(string status) => status switch
    {
        "offer_extended" or "offer_accepted" or "hired" => StageTone.Positive,
        "rejected" or "withdrawn" or "offer_declined" => StageTone.Ended,
        "shortlisted" or "interview_scheduled" or "interview_completed" => StageTone.Progressing,
        _ => StageTone.Waiting,
    };

    /// <summary>The hiring team's possible moves, in the order the screen offers them (the likely next step first).</summary>
    public static IReadOnlyList<EmployerAction> EmployerActions(string status) => status switch
    {
        "submitted" or "viewed" => [EmployerAction.Shortlist, EmployerAction.Reject],
        "shortlisted" => [EmployerAction.ScheduleInterview, EmployerAction.ExtendOffer, EmployerAction.Reject],
        "interview_scheduled" => [EmployerAction.CompleteInterview, EmployerAction.ScheduleInterview, EmployerAction.Reject],
        "interview_completed" => [EmployerAction.ExtendOffer, EmployerAction.ScheduleInterview, EmployerAction.Reject],
        "offer_extended" => [EmployerAction.ReviseOffer, EmployerAction.WithdrawOffer, EmployerAction.Reject],
        "offer_accepted" => [EmployerAction.MarkHired, EmployerAction.Reject],
        "offer_declined" => [EmployerAction.ExtendOffer, EmployerAction.Reject],
        _ => [],
    };

    /// <summary>The applicant may answer an offer only while it awaits an answer (not after asking for a counter-offer).</summary>
    public static bool CanAnswerOffer(string status, OfferView? offer) =>
        status == "offer_extended" && offer is { Status: "extended" } && (offer.ExpiresAt is null || offer.ExpiresAt > DateTimeOffset.UtcNow);

    /// <summary>The applicant may withdraw any application that has not ended.</summary>
    public static bool CanWithdraw(string status) => !IsFinal(status);

    public static string ActionLabel(EmployerAction action) => action switch
    {
        EmployerAction.Shortlist => "Shortlist",
        EmployerAction.ScheduleInterview => "Schedule interview",
        EmployerAction.CompleteInterview => "Record interview",
        EmployerAction.ExtendOffer => "Extend offer",
        EmployerAction.ReviseOffer => "Revise offer",
        EmployerAction.WithdrawOffer => "Withdraw offer",
        EmployerAction.MarkHired => "Mark hired",
        EmployerAction.Reject => "Reject",
        _ => action.ToString(),
    };

    /// <summary>"elevator_mechanic" → "Elevator mechanic".</summary>
    public static string Humanize(string? value) => value switch
    {
        null or "" => "",
        "yes_no" => "Yes / no",
        _ => char.ToUpperInvariant(value[0]) + value[1..].Replace('_', ' '),
    };
}
