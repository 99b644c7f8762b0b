namespace Marketplace.Applications.Api.Domain;

/// <summary>
/// The hiring pipeline (issue 10): submitted → viewed → shortlisted → interview_scheduled → interview_completed →
/// offer_extended → offer_accepted | offer_declined → hired. Rejected (by the employer) and withdrawn (by the
/// applicant) are reachable from every open state; hired, rejected and withdrawn are final. A further interview
/// round goes back to interview_scheduled; a declined or expired offer may be followed by a new one.
/// </summary>
public static class ApplicationStatusMachine
{
    private static readonly Dictionary<ApplicationStatus, ApplicationStatus[]> Forward = new()
    {
        [ApplicationStatus.Submitted] = [ApplicationStatus.Viewed, ApplicationStatus.Shortlisted],
        [ApplicationStatus.Viewed] = [ApplicationStatus.Shortlisted],
        [ApplicationStatus.Shortlisted] = [ApplicationStatus.InterviewScheduled, ApplicationStatus.OfferExtended],
        [ApplicationStatus.InterviewScheduled] = [ApplicationStatus.InterviewCompleted, ApplicationStatus.Shortlisted],
        [ApplicationStatus.InterviewCompleted] = [ApplicationStatus.InterviewScheduled, ApplicationStatus.OfferExtended],
        [ApplicationStatus.OfferExtended] = [ApplicationStatus.OfferAccepted, ApplicationStatus.OfferDeclined],
        [ApplicationStatus.OfferAccepted] = [ApplicationStatus.Hired],
        [ApplicationStatus.OfferDeclined] = [ApplicationStatus.OfferExtended],
        [ApplicationStatus.Hired] = [],
        [ApplicationStatus.Rejected] = [],
        [ApplicationStatus.Withdrawn] = [],
    };

    public static bool IsFinal(ApplicationStatus status) =>
        status is ApplicationStatus.Hired or ApplicationStatus.Rejected or ApplicationStatus.Withdrawn;

    public static bool CanMove(ApplicationStatus from, ApplicationStatus to) =>
        !IsFinal(from) && (to is ApplicationStatus.Rejected or ApplicationStatus.Withdrawn || Forward[from].Contains(to));

    /// <summary>The states <paramref name="to"/> may be reached from, for a guarded UPDATE … WHERE status = any(…).</summary>
    public static string[] SourcesOf(ApplicationStatus to) =>
        Enum.GetValues<ApplicationStatus>().Where(from => CanMove(from, to)).Select(SnakeCase.Of).ToArray();
}
