namespace Marketplace.Web.Api.Hiring;

/// <summary>What the hiring team can do next with one application.</summary>
public enum EmployerAction
{
    Shortlist,
    ScheduleInterview,
    CompleteInterview,
    ExtendOffer,
    ReviseOffer,
    WithdrawOffer,
    MarkHired,
    Reject,
}
