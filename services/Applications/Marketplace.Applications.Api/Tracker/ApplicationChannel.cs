namespace Marketplace.Applications.Api.Tracker;

/// <summary>How the candidate applied (or means to).</summary>
public enum ApplicationChannel
{
    CompanySite,
    JobBoard,
    Linkedin,
    Referral,
    Recruiter,
    Email,
    InPerson,
    Other,
}
