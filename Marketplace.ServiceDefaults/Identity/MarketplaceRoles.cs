namespace Marketplace.ServiceDefaults.Identity;

public static class MarketplaceRoles
{
    public const string Technician = "technician";
    public const string Candidate = "candidate";
    public const string Employer = "employer";
    public const string Recruiter = "recruiter";
    public const string Dispatcher = "dispatcher";
    public const string Admin = "admin";
    public const string ScraperAdmin = "scraper-admin";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Technician, Candidate, Employer, Recruiter, Dispatcher, Admin, ScraperAdmin,
    };
}
