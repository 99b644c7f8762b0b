using Marketplace.Web.Api.Seek;

namespace Marketplace.Web.Tests.Components.Seek;

/// <summary>A listing as the search API answers it, with what each test changes.</summary>
internal static class JobCards
{
    public static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    public static JobListing Listing(string urgency = "standard", bool featured = false, decimal? min = 48, decimal? max = 62,
        string? compensation = "hourly", string jobType = "permanent", string? organizationName = null) => new(
        Guid.NewGuid(), Guid.NewGuid(), "Elevator Mechanic — downtown towers", organizationName, "Traction and hydraulic elevators.",
        "elevator_mechanic", jobType, "senior", ["troubleshooting", "hydraulics", "Otis controllers", "rigging", "welding"], ["hydraulics"], [],
        "on_site", "Chicago", "IL", "US", "60601", compensation, min, max, "USD", null, null, null, urgency, null, 1, featured, null,
        "active", Now.AddHours(-3), Now.AddDays(-1), false, null, null);
}
