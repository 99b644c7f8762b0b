namespace Marketplace.ScraperIngest.Api.Domain;

/// <summary>A parsed pay range in its own interval, and the same range annualized for comparison.</summary>
public sealed record Salary(decimal? Min, decimal? Max, string Interval, string Currency)
{
    public decimal? AnnualMin => Min * SalaryInterval.PeriodsPerYear(Interval);

    public decimal? AnnualMax => Max * SalaryInterval.PeriodsPerYear(Interval);
}
