using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.Applications.Api.Data;

/// <summary>
/// Who may read or change an application, as SQL over alias <c>a</c> (ARCHITECTURE §4): the hiring team is an
/// employer or recruiter of the listing's organization; the applicant is the person who applied. Anyone else finds
/// nothing, which the API answers 404.
/// </summary>
public static class Access
{
    public const string HiringTeamSql = "(@IsHiringTeam and a.organization_id = @CallerOrganizationId)";

    public const string ApplicantSql = "(a.applicant_user_id = @CallerUserId)";

    public const string EitherSql = $"({HiringTeamSql} or {ApplicantSql})";

    public static bool IsHiringTeam(Caller caller) =>
        caller.OrganizationId is not null && (caller.HasRole(MarketplaceRoles.Employer) || caller.HasRole(MarketplaceRoles.Recruiter));

    public static Dictionary<string, object?> Parameters(Caller caller) => new()
    {
        ["IsHiringTeam"] = IsHiringTeam(caller),
        ["CallerOrganizationId"] = caller.OrganizationId,
        ["CallerUserId"] = caller.UserId,
    };
}
