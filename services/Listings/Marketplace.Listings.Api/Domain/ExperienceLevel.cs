namespace Marketplace.Listings.Api.Domain;

/// <summary>The experience a listing asks for.</summary>
public enum ExperienceLevel
{
    Entry,
    Junior,
    Mid,
    Senior,
    Expert,
    Lead,
    Any,
}
