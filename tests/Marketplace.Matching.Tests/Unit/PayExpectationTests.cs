using Marketplace.Matching.Api.Domain;

namespace Marketplace.Matching.Tests.Unit;

public sealed class PayExpectationTests
{
    [TestCase("$45–55/hr", 45, 55, "hourly")]
    [TestCase("$45-55 per hour", 45, 55, "hourly")]
    [TestCase("$150K - $180K", 150000, 180000, "salary")]
    [TestCase("$150-180K", 150000, 180000, "salary")]
    [TestCase("70,000 per year", 70000, 70000, "salary")]
    public void Free_text_pay_is_parsed_into_a_range_and_type(string text, decimal min, decimal max, string type)
    {
        var pay = PayExpectation.Parse(text);

        Assert.That(pay, Is.EqualTo(new PayExpectation(min, max, type)));
    }

    [Test]
    public void Text_without_an_amount_is_not_pay()
    {
        Assert.That(PayExpectation.Parse("competitive"), Is.Null);
    }

    [Test]
    public void Hourly_pay_annualizes_at_2080_hours()
    {
        Assert.That(new PayExpectation(50, 60, "hourly").AnnualMin, Is.EqualTo(104_000m));
    }
}
