using Marketplace.Gateway.Correlation;

namespace Marketplace.Gateway.Tests.Unit;

public sealed class CorrelationIdRulesTests
{
    [TestCase("abc-123")]
    [TestCase("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")]
    [TestCase("frontend.session:42_a")]
    public void Plain_short_ids_are_kept(string id) => Assert.That(CorrelationId.IsValid(id), Is.True);

    [TestCase(null)]
    [TestCase("")]
    [TestCase("with space")]
    [TestCase("line\nbreak")]
    [TestCase("ünïcode")]
    [TestCase("<script>")]
    public void Ids_with_other_characters_are_replaced(string? id) => Assert.That(CorrelationId.IsValid(id), Is.False);

    [Test]
    public void Ids_longer_than_64_characters_are_replaced() =>
        Assert.That(CorrelationId.IsValid(new string('a', 65)), Is.False);

    [Test]
    public void Generated_ids_are_valid_and_unique()
    {
        var (first, second) = (CorrelationId.New(), CorrelationId.New());
        Assert.Multiple(() =>
        {
            Assert.That(CorrelationId.IsValid(first), Is.True);
            Assert.That(second, Is.Not.EqualTo(first));
        });
    }
}
