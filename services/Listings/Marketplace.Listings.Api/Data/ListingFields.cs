namespace Marketplace.Listings.Api.Data;

/// <summary>
/// A listing's own fields, shared by the row as read (<see cref="ListingRow"/>) and as written
/// (<see cref="ListingWrite"/>): the one list to extend when a listing gains a field.
/// </summary>
public abstract record ListingFields
{
    public Guid Id { get; init; }
    public string Title { get; init; } = "";
    public string? OrganizationName { get; init; }
    public string Description { get; init; } = "";
    public string JobCategory { get; init; } = "";
    public string Trade { get; init; } = "";
    public string JobType { get; init; } = "";
    public string Visibility { get; init; } = "";
    public string? VisibilityCascade { get; init; }
    public string ExperienceLevel { get; init; } = "";
    public string[] RequiredCertifications { get; init; } = [];
    public string[] PreferredCertifications { get; init; } = [];
    public string[] RequiredSkills { get; init; } = [];
    public string[] PreferredSkills { get; init; } = [];
    public string[] RequiredLicenses { get; init; } = [];
    public string[] ManufacturerExperience { get; init; } = [];
    public string[] EquipmentTypes { get; init; } = [];
    public string LocationType { get; init; } = "";
    public string? Address { get; init; }
    public string? City { get; init; }
    public string? StateProvince { get; init; }
    public string? Country { get; init; }
    public string? PostalCode { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public bool TravelRequired { get; init; }
    public int? TravelPercentage { get; init; }
    public bool RelocationOffered { get; init; }
    public string? CompensationType { get; init; }
    public decimal? SalaryMin { get; init; }
    public decimal? SalaryMax { get; init; }
    public string? Currency { get; init; }
    public bool ShowCompensation { get; init; }
    public string? ScheduleType { get; init; }
    public decimal? HoursPerWeek { get; init; }
    public string? Shift { get; init; }
    public DateTime? StartDate { get; init; }
    public DateTime? EndDate { get; init; }
    public int? DurationWeeks { get; init; }
    public string Urgency { get; init; } = "";
    public bool AutoRenew { get; init; }
    public int PositionsAvailable { get; init; }
    public int PositionsFilled { get; init; }
    public bool Featured { get; init; }
    public string? ContactName { get; init; }
    public string? ContactEmail { get; init; }
    public string? ContactPhone { get; init; }
    public string[] MatchKeywords { get; init; } = [];

    /// <summary>Contact details are personal data: whatever logs a listing prints its id, never its fields.</summary>
    public sealed override string ToString() => $"{GetType().Name} {Id}";
}
