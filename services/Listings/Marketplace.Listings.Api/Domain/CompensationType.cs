namespace Marketplace.Listings.Api.Domain;

/// <summary>How pay is expressed; salary_min/salary_max are in this unit.</summary>
public enum CompensationType
{
    Hourly,
    Salary,
    ContractTotal,
    DayRate,
    Negotiable,
}
