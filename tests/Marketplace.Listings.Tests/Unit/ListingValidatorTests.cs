using Marketplace.Listings.Api.Apis;
using Marketplace.Listings.Api.Domain;

namespace Marketplace.Listings.Tests.Unit;

public sealed class ListingValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static JobListingRequest Valid() => new()
    {
        Title = "Elevator Mechanic",
        Description = new string('x', 100),
        JobCategory = JobCategory.ElevatorMechanic,
        JobType = JobType.Permanent,
    };

    [Test]
    public void A_minimal_listing_is_valid() => Assert.That(ListingValidator.Validate(Valid(), Now), Is.Empty);

    [Test]
    public void Salary_minimum_above_maximum_is_refused() =>
        Assert.That(ListingValidator.Validate(Valid() with { SalaryMin = 10, SalaryMax = 5, CompensationType = CompensationType.Hourly }, Now),
            Does.ContainKey("salary_min"));

    [Test]
    public void Expiry_in_the_past_is_refused() =>
        Assert.That(ListingValidator.Validate(Valid() with { ExpiresAt = Now.AddDays(-1) }, Now), Does.ContainKey("expires_at"));

    [Test]
    public void Cascade_steps_must_come_later_and_widen()
    {
        var request = Valid() with
        {
            Visibility = ListingVisibility.Internal,
            VisibilityCascade = [new(ListingVisibility.Network, 48), new(ListingVisibility.Global, 24)],
        };
        Assert.That(ListingValidator.Validate(request, Now), Does.ContainKey("visibility_cascade[1].after_hours"));
    }

    [Test]
    public void Description_of_99_characters_is_too_short() =>
        Assert.That(ListingValidator.Validate(Valid() with { Description = new string('x', 99) }, Now), Does.ContainKey("description"));
}
