using Marketplace.EmergencyDispatch.Api.Data;
using Marketplace.EmergencyDispatch.Api.Domain;

namespace Marketplace.EmergencyDispatch.Tests.Unit;

public sealed class NotificationRankingTests
{
    [Test]
    public void Among_equals_the_least_recently_notified_goes_first()
    {
        var now = DateTimeOffset.UtcNow;
        var recent = new TechnicianRow { UserId = Guid.NewGuid(), LastNotifiedAt = now };
        var earlier = new TechnicianRow { UserId = Guid.NewGuid(), LastNotifiedAt = now.AddHours(-1) };
        var never = new TechnicianRow { UserId = Guid.NewGuid() };
        var ranked = NotificationRanking.Rank([(recent, 1.0), (earlier, 1.2), (never, 1.4)], []);
        Assert.That(ranked.Select(r => r.Technician.UserId), Is.EqualTo(new[] { never.UserId, earlier.UserId, recent.UserId }));
        Assert.That(ranked[0].Reason, Does.Contain("last notified never"));
    }

    [Test]
    public void A_nearer_distance_band_wins_over_rotation()
    {
        var near = new TechnicianRow { UserId = Guid.NewGuid(), LastNotifiedAt = DateTimeOffset.UtcNow };
        var far = new TechnicianRow { UserId = Guid.NewGuid() };
        var ranked = NotificationRanking.Rank([(far, 12.0), (near, 1.0)], []);
        Assert.That(ranked[0].Technician.UserId, Is.EqualTo(near.UserId));
    }

    [Test]
    public void A_technician_whose_manufacturer_the_job_names_goes_before_a_nearer_one()
    {
        var near = new TechnicianRow { UserId = Guid.NewGuid(), Manufacturers = ["KONE"] };
        var otis = new TechnicianRow { UserId = Guid.NewGuid(), Manufacturers = ["Otis"], EquipmentExperience = ["traction"] };
        var ranked = NotificationRanking.Rank([(near, 1.0), (otis, 12.0)], [], "Otis Gen2, stuck between floors");
        Assert.That(ranked.Select(r => r.Technician.UserId), Is.EqualTo(new[] { otis.UserId, near.UserId }));
        Assert.That(ranked[0].EquipmentMatch, Is.EqualTo(1));
        Assert.That(ranked[0].Reason, Does.Contain("equipment Otis"));
    }
}
