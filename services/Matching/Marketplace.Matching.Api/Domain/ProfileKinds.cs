namespace Marketplace.Matching.Api.Domain;

/// <summary>A profile is a job seeker's own (user_id set) or a candidate a recruiter keeps for its organization.</summary>
public static class ProfileKinds
{
    public const string JobSeeker = "job_seeker";
    public const string Recruited = "recruited";
}
