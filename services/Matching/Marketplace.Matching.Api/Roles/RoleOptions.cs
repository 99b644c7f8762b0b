namespace Marketplace.Matching.Api.Roles;

/// <summary>"Matching:Roles" configuration.</summary>
public sealed class RoleOptions
{
    /// <summary>Load only the first N O*NET occupations (tests); null loads all.</summary>
    public int? Limit { get; set; }
}
