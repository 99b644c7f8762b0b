using Marketplace.MarketAnalytics.Api.Domain;

namespace Marketplace.MarketAnalytics.Tests.Domain;

public sealed class SmallCellTests
{
    [Test]
    public void Fewer_than_five_postings_are_insufficient() =>
        Assert.That((SmallCell.IsSufficient(4), SmallCell.IsSufficient(5)), Is.EqualTo((false, true)));
}
