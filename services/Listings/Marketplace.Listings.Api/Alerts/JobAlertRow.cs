using Marketplace.Listings.Api.Domain;
using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.Listings.Api.Alerts;

/// <summary>A job_alerts row, including the owner's visibility claims captured when the alert was last saved.</summary>
public sealed record JobAlertRow : JobAlertFields
{
    public const string Columns = """
        a.id, a.user_id, a.name, a.categories, a.job_types, a.experience_levels, a.city, a.state, a.country, a.postal_code,
        a.near_lat, a.near_lng, a.radius_miles, a.remote_only, a.min_salary, a.skills, a.manufacturers, a.frequency, a.channels,
        a.active, a.owner_organization_id, a.owner_network_ids, a.owner_region, a.owner_trades, a.owner_verified,
        a.last_run_at, a.next_run_at, a.created_at, a.updated_at
        """;

    public Guid Id { get; init; }
    public Guid UserId { get; init; }
    public string Frequency { get; init; } = "";
    public Guid? OwnerOrganizationId { get; init; }
    public string[] OwnerNetworkIds { get; init; } = [];
    public string? OwnerRegion { get; init; }
    public string[] OwnerTrades { get; init; } = [];
    public bool OwnerVerified { get; init; }
    public DateTime LastRunAt { get; init; }
    public DateTime NextRunAt { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }

    /// <summary>The owner as the visibility filter sees them, from the claims stored with the alert.</summary>
    public Caller Owner() => new(UserId, OwnerOrganizationId, new HashSet<string>(), OwnerNetworkIds, OwnerRegion, OwnerTrades, OwnerVerified);

    public JobAlertDefinition Definition() => new(this, SnakeCase.Parse<AlertFrequency>(Frequency));
}
