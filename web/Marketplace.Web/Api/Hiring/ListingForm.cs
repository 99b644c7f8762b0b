namespace Marketplace.Web.Api.Hiring;

/// <summary>
/// The listing editor's fields, bound by the form and sent as POST /api/v1/jobs or PUT /api/v1/jobs/{id}. Every field is
/// sent (a blank one as null, which clears it on update); fields this form does not show are never sent, so they keep
/// their values.
/// </summary>
public sealed class ListingForm
{
    public string? Title { get; set; }
    public string? OrganizationName { get; set; }
    public string? Description { get; set; }
    public string? JobCategory { get; set; }
    public string? JobType { get; set; } = "permanent";
    public string? Visibility { get; set; } = "global";
    public string? ExperienceLevel { get; set; } = "any";
    public string? LocationType { get; set; } = "on_site";
    public string? City { get; set; }
    public string? StateProvince { get; set; }
    public string? Country { get; set; } = "US";
    public string? PostalCode { get; set; }
    public string? CompensationType { get; set; } = "hourly";
    public decimal? SalaryMin { get; set; }
    public decimal? SalaryMax { get; set; }
    public string? Currency { get; set; } = "USD";
    public int? PositionsAvailable { get; set; } = 1;
    public string? RequiredSkills { get; set; }
    public string? RequiredCertifications { get; set; }

    public static ListingForm From(ListingView l) => new()
    {
        Title = l.Title,
        OrganizationName = l.OrganizationName,
        Description = l.Description,
        JobCategory = l.JobCategory,
        JobType = l.JobType,
        Visibility = l.Visibility,
        ExperienceLevel = l.ExperienceLevel,
        LocationType = l.LocationType,
        City = l.City,
        StateProvince = l.StateProvince,
        Country = l.Country,
        PostalCode = l.PostalCode,
        CompensationType = l.CompensationType,
        SalaryMin = l.SalaryMin,
        SalaryMax = l.SalaryMax,
        Currency = l.Currency,
        PositionsAvailable = l.PositionsAvailable,
        RequiredSkills = string.Join(", ", l.RequiredSkills ?? []),
        RequiredCertifications = string.Join(", ", l.RequiredCertifications ?? []),
    };

    /// <summary>The request body in the API's field names (snake_case through the gateway client's JSON options).</summary>
    public ListingRequest ToRequest() => new(
        Blank(Title), Blank(Description), JobCategory, JobType, Visibility, ExperienceLevel, LocationType, Blank(City), Blank(StateProvince),
        Blank(Country), Blank(PostalCode), SalaryMin is null && SalaryMax is null ? Blank(CompensationType) : CompensationType,
        SalaryMin, SalaryMax, Blank(Currency)?.ToUpperInvariant(), PositionsAvailable, List(RequiredSkills), List(RequiredCertifications),
        Blank(OrganizationName));

    /// <summary>"a, b,, c" → ["a", "b", "c"].</summary>
    public static IReadOnlyList<string> List(string? text) =>
        (text ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The body of POST/PUT /api/v1/jobs as this form fills it.</summary>
public sealed record ListingRequest(
    string? Title, string? Description, string? JobCategory, string? JobType, string? Visibility, string? ExperienceLevel,
    string? LocationType, string? City, string? StateProvince, string? Country, string? PostalCode, string? CompensationType,
    decimal? SalaryMin, decimal? SalaryMax, string? Currency, int? PositionsAvailable, IReadOnlyList<string> RequiredSkills,
    IReadOnlyList<string> RequiredCertifications, string? OrganizationName);
