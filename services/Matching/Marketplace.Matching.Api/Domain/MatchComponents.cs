namespace Marketplace.Matching.Api.Domain;

/// <summary>The names of the score's components, as they appear in responses and events.</summary>
public static class MatchComponents
{
    public const string Skills = "skills";
    public const string Experience = "experience";
    public const string Certifications = "certifications";
    public const string Location = "location";
    public const string Pay = "pay";
    public const string Semantic = "semantic";
}
