using Marketplace.Listings.Api.Domain;

namespace Marketplace.Listings.Tests.Unit;

public sealed class ListingStatusMachineTests
{
    [TestCase(ListingStatus.Draft, ListingStatus.Active)]
    [TestCase(ListingStatus.Active, ListingStatus.Paused)]
    [TestCase(ListingStatus.Paused, ListingStatus.Active)]
    [TestCase(ListingStatus.Active, ListingStatus.Filled)]
    [TestCase(ListingStatus.Paused, ListingStatus.Closed)]
    [TestCase(ListingStatus.Active, ListingStatus.Expired)]
    public void Allowed_moves(ListingStatus from, ListingStatus to) => Assert.That(ListingStatusMachine.CanMove(from, to), Is.True);

    [TestCase(ListingStatus.Draft, ListingStatus.Paused)]
    [TestCase(ListingStatus.Draft, ListingStatus.Filled)]
    [TestCase(ListingStatus.Filled, ListingStatus.Active)]
    [TestCase(ListingStatus.Closed, ListingStatus.Active)]
    [TestCase(ListingStatus.Expired, ListingStatus.Active)]
    [TestCase(ListingStatus.Active, ListingStatus.Draft)]
    public void Illegal_moves(ListingStatus from, ListingStatus to) => Assert.That(ListingStatusMachine.CanMove(from, to), Is.False);

    [Test]
    public void Expiry_applies_to_active_and_paused_listings_only() =>
        Assert.That(ListingStatusMachine.SourcesOf(ListingStatus.Expired), Is.EquivalentTo(new[] { "active", "paused" }));
}
