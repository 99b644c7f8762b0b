namespace Marketplace.Applications.Api.Domain;

/// <summary>Where an application is in the hiring pipeline (issue 10); lower snake_case in the API, database and events.</summary>
public enum ApplicationStatus
{
    Submitted,
    Viewed,
    Shortlisted,
    InterviewScheduled,
    InterviewCompleted,
    OfferExtended,
    OfferAccepted,
    OfferDeclined,
    Hired,
    Rejected,
    Withdrawn,
}
