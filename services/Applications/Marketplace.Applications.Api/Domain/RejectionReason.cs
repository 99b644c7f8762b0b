namespace Marketplace.Applications.Api.Domain;

/// <summary>Why an application was rejected: a code the applicant and analytics can rely on, with optional feedback text.</summary>
public enum RejectionReason
{
    NotQualified,
    PositionFilled,
    BetterFitSelected,
    ScreeningKnockout,
    FailedInterview,
    NoShow,
    CompensationMismatch,
    LocationMismatch,
    Other,
}
