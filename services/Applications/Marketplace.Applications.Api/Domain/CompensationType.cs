namespace Marketplace.Applications.Api.Domain;

/// <summary>How an offer's amount is expressed (Listings' compensation types, less "negotiable": an offer names a figure).</summary>
public enum CompensationType
{
    Hourly,
    Salary,
    ContractTotal,
    DayRate,
}
