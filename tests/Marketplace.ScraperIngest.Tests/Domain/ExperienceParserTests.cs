using Marketplace.ScraperIngest.Api.Domain;

namespace Marketplace.ScraperIngest.Tests.Domain;

public sealed class ExperienceParserTests
{
    [TestCase("5+ years", 5)]
    [TestCase("3-5 years", 3)]
    [TestCase("2 to 4 yrs", 2)]
    [TestCase("10 years", 10)]
    public void Experience_range_gives_the_minimum_years(string range, int expected) =>
        Assert.That(ExperienceParser.MinimumYears(range), Is.EqualTo(expected));

    [Test]
    public void Description_is_used_when_no_range_is_given() =>
        Assert.That(ExperienceParser.MinimumYears(null, "Requires 4+ years of HVAC experience and a CDL."), Is.EqualTo(4));

    [Test]
    public void Years_not_about_experience_in_a_description_are_ignored() =>
        Assert.That(ExperienceParser.MinimumYears(null, "Founded 25 years ago, we serve Austin."), Is.Null);
}
