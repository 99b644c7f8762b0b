using Marketplace.Listings.Api.Search;

namespace Marketplace.Listings.Tests.Unit;

public sealed class ReciprocalRankFusionTests
{
    [Test]
    public void A_listing_both_arms_found_outranks_one_arm_firsts()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), both = Guid.NewGuid();
        var scores = ReciprocalRankFusion.Fuse([a, both], [b, both]);

        Assert.That(scores[both], Is.EqualTo(2.0 / 62).Within(1e-12));
        Assert.That(scores[a], Is.EqualTo(1.0 / 61).Within(1e-12));
        Assert.That(scores[both], Is.GreaterThan(scores[a]));
    }

    [Test]
    public void Uses_k_60() => Assert.That(ReciprocalRankFusion.K, Is.EqualTo(60));
}
