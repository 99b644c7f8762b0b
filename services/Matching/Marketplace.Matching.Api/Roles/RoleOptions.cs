namespace Marketplace.Matching.Api.Roles;

/// <summary>"Matching:Roles" configuration.</summary>
public sealed class RoleOptions
{
    /// <summary>Load only the first N O*NET occupations (tests); null loads all.</summary>
    public int? Limit { get; set; }

    /// <summary>
    /// Whether normalization also compares alias vectors (stored by RoleVectorRefresh). Null (the default) means yes
    /// unless the embedding provider is the hashed fallback, whose vectors carry no meaning worth 39k stored rows.
    /// </summary>
    public bool? Vectors { get; set; }
}
