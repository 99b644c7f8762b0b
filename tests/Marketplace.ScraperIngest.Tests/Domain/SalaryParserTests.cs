using Marketplace.ScraperIngest.Api.Domain;

namespace Marketplace.ScraperIngest.Tests.Domain;

public sealed class SalaryParserTests
{
    [Test]
    public void Thousands_range_text_is_yearly()
    {
        var salary = SalaryParser.FromText("$150K - $180K").Value!;
        Assert.Multiple(() =>
        {
            Assert.That(salary.Min, Is.EqualTo(150_000m));
            Assert.That(salary.Max, Is.EqualTo(180_000m));
            Assert.That(salary.Interval, Is.EqualTo(SalaryInterval.Yearly));
            Assert.That(salary.AnnualMin, Is.EqualTo(150_000m));
        });
    }

    [Test]
    public void Hourly_range_text_is_annualized_over_2080_hours()
    {
        var salary = SalaryParser.FromText("$42-50/hr").Value!;
        Assert.Multiple(() =>
        {
            Assert.That(salary.Min, Is.EqualTo(42m));
            Assert.That(salary.Max, Is.EqualTo(50m));
            Assert.That(salary.Interval, Is.EqualTo(SalaryInterval.Hourly));
            Assert.That(salary.AnnualMin, Is.EqualTo(42m * 2080));
            Assert.That(salary.AnnualMax, Is.EqualTo(104_000m));
        });
    }

    [TestCase("monthly", 12)]
    [TestCase("weekly", 52)]
    [TestCase("daily", 260)]
    [TestCase("HOURLY", 2080)]
    [TestCase("yearly", 1)]
    public void Amounts_are_annualized_by_their_interval(string interval, int periods)
    {
        var salary = SalaryParser.FromAmounts(1000m, 2000m, interval, "usd").Value!;
        Assert.That(salary.AnnualMax, Is.EqualTo(2000m * periods));
        Assert.That(salary.Currency, Is.EqualTo("USD"));
    }

    [Test]
    public void Comma_grouped_yearly_text_with_a_word_interval_parses()
    {
        var salary = SalaryParser.FromText("$60,000 - $75,500 a year").Value!;
        Assert.That((salary.Min, salary.Max, salary.Interval), Is.EqualTo((60_000m, 75_500m, SalaryInterval.Yearly)));
    }

    [Test]
    public void Text_without_an_amount_is_an_error()
    {
        var result = SalaryParser.FromText("competitive, depends on experience");
        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Error, Does.Contain("no amount"));
    }

    [Test]
    public void Min_above_max_is_an_error() =>
        Assert.That(SalaryParser.FromAmounts(90m, 80m, "hourly", null).Succeeded, Is.False);

    [Test]
    public void No_salary_at_all_is_no_salary_not_an_error()
    {
        var result = SalaryParser.FromAmounts(null, null, null, null);
        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Value, Is.Null);
    }
}
