namespace Marketplace.Listings.Api.Data;

/// <summary>A job_listings row as Dapper reads it (init properties: Npgsql 10 arrays break positional records).</summary>
public sealed record ListingRow : ListingFields
{
    public Guid OrganizationId { get; init; }
    public Guid CreatedBy { get; init; }
    public string EffectiveVisibility { get; init; } = "";
    public string[] NetworkIds { get; init; } = [];
    public string? Region { get; init; }
    public DateTime? ApplicationDeadline { get; init; }
    public int ViewCount { get; init; }
    public int ApplicationCount { get; init; }
    public int ShortlistedCount { get; init; }
    public string Status { get; init; } = "";
    public string? CloseReason { get; init; }
    public DateTime? PublishedAt { get; init; }
    public DateTime? ExpiresAt { get; init; }
    public DateTime? FilledAt { get; init; }
    public DateTime? ClosedAt { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
    public string? SourcePlatform { get; init; }
    public string? SourceUrl { get; init; }

    /// <summary>The column list every read selects; never <c>l.*</c>, which would drag the embedding along.</summary>
    public const string Columns = """
        l.id, l.organization_id, l.created_by, l.title, l.description, l.job_category, l.trade, l.job_type, l.visibility,
        listing_effective_visibility(l.visibility, l.visibility_cascade, l.published_at, l.filled_at) as effective_visibility,
        l.visibility_cascade::text as visibility_cascade, l.network_ids, l.region, l.experience_level,
        l.required_certifications, l.preferred_certifications, l.required_skills, l.preferred_skills, l.required_licenses,
        l.manufacturer_experience, l.equipment_types, l.location_type, l.address, l.city, l.state_province, l.country,
        l.postal_code, l.latitude, l.longitude, l.travel_required, l.travel_percentage, l.relocation_offered,
        l.compensation_type, l.salary_min, l.salary_max, l.currency, l.show_compensation, l.schedule_type, l.hours_per_week,
        l.shift, l.start_date, l.end_date, l.duration_weeks, l.urgency, l.application_deadline, l.positions_available,
        l.positions_filled, l.featured, l.contact_name, l.organization_name, l.contact_email, l.contact_phone, l.match_keywords, l.view_count,
        l.application_count, l.shortlisted_count, l.status, l.close_reason, l.auto_renew, l.published_at, l.expires_at,
        l.filled_at, l.closed_at, l.created_at, l.updated_at, l.source_platform, l.source_url
        """;
}
