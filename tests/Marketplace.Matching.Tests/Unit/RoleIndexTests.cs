using Marketplace.Matching.Api.Roles;
using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.Matching.Tests.Unit;

public sealed class RoleIndexTests
{
    private static readonly Lazy<RoleIndex> Index = new(() => new RoleIndex(OnetRoles.Load(ReferenceFiles.RequireDirectory())));

    [TestCase("Elevator Mechanic", "47-4021")]
    [TestCase("Lift Tech", "47-4021")]
    [TestCase("HVAC Tech", "49-9021")]
    [TestCase("Journeyman Electrician", "47-2111")]
    [TestCase("Apartment Maintenance Tech", "49-9071")]
    [TestCase("Property Mgr", "11-9141")]
    public void Known_trade_titles_normalize_to_their_occupation(string title, string soc)
    {
        var best = Index.Value.Normalize(title, 5);

        Assert.That(best[0].Role.SocCode![..7], Is.EqualTo(soc), string.Join("; ", best.Select(b => $"{b.Role.SocCode} {b.Role.Name} {b.Score}")));
    }

    [Test]
    public void Alternatives_are_ranked_best_first_with_scores()
    {
        var best = Index.Value.Normalize("Service Technician", 5);

        Assert.That(best, Has.Count.EqualTo(5));
        Assert.That(best.Select(b => b.Role.Id).Distinct().Count(), Is.EqualTo(5));
    }

    [Test]
    public void Nonsense_scores_below_the_link_threshold()
    {
        var best = Index.Value.Normalize("Zorblax Quuxifier", 1);

        Assert.That(best.FirstOrDefault()?.Score ?? 0, Is.LessThan(RoleCatalog.LinkThreshold));
    }
}
