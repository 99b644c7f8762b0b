namespace Marketplace.Listings.Api.Contracting;

/// <summary>Work let to a contractor directly, or a part of a larger job let on to a subcontractor.</summary>
public enum ContractType
{
    Contract,
    Subcontract,
}
