namespace Marketplace.Applications.Api.Domain;

/// <summary>The applicant's answer to an offer.</summary>
public enum OfferAnswer
{
    Accepted,
    Declined,
    CounterRequested,
}
