using Marketplace.Embeddings;
using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.Listings.Tests.Unit;

public sealed class LocalEmbeddingProviderTests
{
    private static readonly LocalEmbeddingProvider Provider = new(TradeLexicon.Build(ReferenceFiles.RequireDirectory()));

    private static double Similarity(string a, string b)
    {
        var (x, y) = (Provider.Embed(a), Provider.Embed(b));
        return x.Zip(y, (p, q) => (double)p * q).Sum();
    }

    [TestCase("lift technician", "Elevator Mechanic", "HVAC Service Technician")]
    [TestCase("AC repair", "HVAC Technician", "Journeyman Electrician")]
    [TestCase("sparky", "Journeyman Electrician", "Commercial Plumber")]
    [TestCase("pipefitter", "Commercial Plumber", "Property Manager")]
    [TestCase("escalator constructor", "Elevator Installer", "Building Manager")]
    public void Trade_vocabulary_lands_nearer_its_own_trade(string query, string sameTrade, string otherTrade) =>
        Assert.That(Similarity(query, sameTrade), Is.GreaterThan(Similarity(query, otherTrade) + 0.1));

    [Test]
    public void Vectors_are_unit_length_of_the_one_dimension()
    {
        var vector = Provider.Embed("Elevator Mechanic wanted in Chicago");
        Assert.That(vector, Has.Length.EqualTo(EmbeddingDimensions.Count));
        Assert.That(Math.Sqrt(vector.Sum(v => (double)v * v)), Is.EqualTo(1).Within(1e-5));
    }

    [Test]
    public void The_same_text_gives_the_same_vector_in_every_process() =>
        Assert.That(Provider.Embed("elevator"), Is.EqualTo(Provider.Embed("elevator")));

    [Test]
    public void The_lexicon_includes_onet_alternate_titles()
    {
        var lexicon = TradeLexicon.Build(ReferenceFiles.RequireDirectory());
        Assert.That(lexicon.ConceptsOf("elevator constructor"), Does.Contain("elevator"));
        Assert.That(lexicon.Count, Is.GreaterThan(TradeLexicon.Build(null).Count + 100));
    }
}
