namespace Marketplace.Applications.Api.Domain;

/// <summary>An interviewer's structured verdict.</summary>
public enum Recommendation
{
    StrongHire,
    Hire,
    NoHire,
    StrongNoHire,
}
