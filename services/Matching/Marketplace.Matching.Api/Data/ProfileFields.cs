namespace Marketplace.Matching.Api.Data;

/// <summary>
/// A profile's own fields, shared by the row as read (<see cref="ProfileRow"/>) and as written
/// (<see cref="ProfileWrite"/>): the one list to extend when a profile gains a field.
/// </summary>
public abstract record ProfileFields
{
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? CurrentTitle { get; init; }
    public string? Summary { get; init; }
    public string[] Skills { get; init; } = [];
    public string CertificationsJson { get; init; } = "[]";
    public string[] Licenses { get; init; } = [];
    public string[] Manufacturers { get; init; } = [];
    public string[] Equipment { get; init; } = [];
    public decimal? YearsExperience { get; init; }
    public string? City { get; init; }
    public string? StateProvince { get; init; }
    public string? Country { get; init; }
    public string? PostalCode { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public int? ServiceRadiusMiles { get; init; }
    public bool WillingToTravel { get; init; }
    public bool WillingToRelocate { get; init; }
    public decimal? PayMin { get; init; }
    public decimal? PayMax { get; init; }
    public string? PayType { get; init; }
    public string? PayText { get; init; }
    public string[] PreferredRoles { get; init; } = [];
    public string[] PreferredLocations { get; init; } = [];
    public string[] JobTypes { get; init; } = [];
    public bool Discoverable { get; init; }
    public string Status { get; init; } = "approved";
    public string NotificationChannel { get; init; } = "email";
}
