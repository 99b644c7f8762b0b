namespace Marketplace.Listings.Api.Domain;

/// <summary>How the work is engaged.</summary>
public enum JobType
{
    Permanent,
    Contract,
    Temporary,
    Emergency,
    Apprenticeship,
    Internship,
    Subcontract,
}
