namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>open → filled | cancelled | expired; each move is a conditional UPDATE ... WHERE status = 'open'.</summary>
public enum JobStatus
{
    Open,
    Filled,
    Cancelled,
    Expired,
}
