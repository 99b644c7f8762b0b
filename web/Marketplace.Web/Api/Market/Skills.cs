using System.Text.Json.Serialization;

namespace Marketplace.Web.Api.Market;

/// <summary>GET market/skills: the in-demand skills of a role and place.</summary>
public sealed record Skills(RoleResolution Role, LocationResolution Location, DateOnly From, DateOnly To, double ActivePostings, bool Insufficient,
    [property: JsonPropertyName("skills")] IReadOnlyList<SkillDemand> Items);
