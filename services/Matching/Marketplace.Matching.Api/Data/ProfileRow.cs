using System.Text.Json;
using Marketplace.Matching.Api.Domain;
using Pgvector;

namespace Marketplace.Matching.Api.Data;

/// <summary>A candidate_profiles row: a job seeker's own profile or a recruiter's candidate.</summary>
public sealed record ProfileRow : ProfileFields
{
    public const string Columns = """
        p.id, p.user_id, p.organization_id, p.kind, p.first_name, p.last_name, p.email, p.phone, p.current_title, p.summary,
        p.skills, p.certifications::text as certifications_json, p.licenses, p.manufacturers, p.equipment, p.years_experience,
        p.city, p.state_province, p.country, p.postal_code, p.latitude, p.longitude, p.service_radius_miles,
        p.willing_to_travel, p.willing_to_relocate, p.pay_min, p.pay_max, p.pay_type, p.pay_text, p.preferred_roles,
        p.preferred_locations, p.job_types, p.discoverable, p.status, p.notification_channel, p.version, p.created_at, p.updated_at
        """;

    public Guid Id { get; init; }
    public Guid? UserId { get; init; }
    public Guid? OrganizationId { get; init; }
    public string Kind { get; init; } = ProfileKinds.JobSeeker;
    public long Version { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
    public Vector? Embedding { get; init; }

    public IReadOnlyList<Certification> Certifications =>
        JsonSerializer.Deserialize<List<Certification>>(CertificationsJson, CertificationJson.Options) ?? [];

    public CandidateFacts ToFacts() => new()
    {
        CurrentTitle = CurrentTitle,
        Skills = Skills,
        Certifications = Certifications.Concat(Licenses.Select(l => new Certification(l, null, null, null))).ToList(),
        Manufacturers = Manufacturers.Concat(Equipment).ToList(),
        YearsExperience = YearsExperience,
        City = City,
        StateProvince = StateProvince,
        Latitude = Latitude,
        Longitude = Longitude,
        ServiceRadiusMiles = ServiceRadiusMiles,
        WillingToTravel = WillingToTravel,
        WillingToRelocate = WillingToRelocate,
        ExpectedAnnualPayMin = PayMin is { } min ? PayExpectation.Annualize(min, PayType) : null,
        Embedding = Embedding?.ToArray(),
    };
}
