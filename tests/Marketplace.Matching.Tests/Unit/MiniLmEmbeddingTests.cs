using Marketplace.Embeddings;
using Marketplace.Matching.Api.Domain;
using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.Matching.Tests.Unit;

/// <summary>The real model (all-MiniLM-L6-v2), run once here: the functional tests use the hashed provider for speed.</summary>
public sealed class MiniLmEmbeddingTests
{
    private static readonly MiniLmEmbeddingProvider Provider = new(TradeLexicon.Build(ReferenceFiles.RequireDirectory()));

    [TestCase("lift repair", 0)]
    [TestCase("air conditioning", 1)]
    [TestCase("sparky", 2)]
    [TestCase("pipe fitter", 3)]
    public async Task Trade_words_land_nearest_their_trade(string query, int expected)
    {
        string[] trades = ["Elevator mechanic servicing traction elevators", "HVAC technician servicing chillers and rooftop units",
            "Journeyman electrician wiring panels and conduit", "Commercial plumber repairing drains and water heaters"];
        var vectors = await Provider.EmbedManyAsync([query, .. trades], CancellationToken.None);

        var best = Enumerable.Range(0, trades.Length).MaxBy(i => MatchScorer.Cosine(vectors[0], vectors[i + 1]));

        Assert.That(best, Is.EqualTo(expected));
    }

    [Test]
    public async Task Vectors_have_384_dimensions_and_unit_length()
    {
        var vector = await Provider.EmbedAsync("Elevator Mechanic", CancellationToken.None);

        Assert.That(vector, Has.Length.EqualTo(EmbeddingDimensions.Count));
        Assert.That(Math.Sqrt(vector.Sum(v => (double)v * v)), Is.EqualTo(1).Within(1e-4));
    }
}
