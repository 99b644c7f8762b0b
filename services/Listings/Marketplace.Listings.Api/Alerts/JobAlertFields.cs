namespace Marketplace.Listings.Api.Alerts;

/// <summary>
/// What a job alert asks for and where it reports, shared by the alert as validated (<see cref="JobAlertDefinition"/>)
/// and as stored (<see cref="JobAlertRow"/>). Frequency is not here: an enum in the one, its text in the other.
/// </summary>
public abstract record JobAlertFields
{
    public string Name { get; init; } = "";
    public string[]? Categories { get; init; }
    public string[]? JobTypes { get; init; }
    public string[]? ExperienceLevels { get; init; }
    public string? City { get; init; }
    public string? State { get; init; }
    public string? Country { get; init; }
    public string? PostalCode { get; init; }
    public double? NearLat { get; init; }
    public double? NearLng { get; init; }
    public double? RadiusMiles { get; init; }
    public bool RemoteOnly { get; init; }
    public decimal? MinSalary { get; init; }
    public string[]? Skills { get; init; }
    public string[]? Manufacturers { get; init; }
    public string[] Channels { get; init; } = [];
    public bool Active { get; init; } = true;
}
