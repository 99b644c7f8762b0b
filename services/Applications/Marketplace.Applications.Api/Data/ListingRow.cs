namespace Marketplace.Applications.Api.Data;

/// <summary>A row of the listing read model.</summary>
public sealed class ListingRow
{
    public const string Columns = """
        l.listing_id, l.organization_id, l.title, l.job_category, l.job_type, l.visibility, l.status,
        l.screening_questions::text as screening_questions, l.required_skills, l.required_certifications,
        l.manufacturer_experience, l.application_deadline, l.expires_at, l.positions_available
        """;

    public Guid ListingId { get; init; }
    public Guid OrganizationId { get; init; }
    public string Title { get; init; } = "";
    public string JobCategory { get; init; } = "";
    public string JobType { get; init; } = "";
    public string Visibility { get; init; } = "";
    public string Status { get; init; } = "";
    public string ScreeningQuestions { get; init; } = "[]";
    public string[] RequiredSkills { get; init; } = [];
    public string[] RequiredCertifications { get; init; } = [];
    public string[] ManufacturerExperience { get; init; } = [];
    public DateTime? ApplicationDeadline { get; init; }
    public DateTime? ExpiresAt { get; init; }
    public int PositionsAvailable { get; init; }
}
