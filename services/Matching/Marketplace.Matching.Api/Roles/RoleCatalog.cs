using Marketplace.ServiceDefaults.ReferenceData;
using Microsoft.Extensions.Options;

namespace Marketplace.Matching.Api.Roles;

/// <summary>
/// The canonical O*NET roles and their lexical index, built once on first use (about a second for 1,016 occupations
/// and their aliases). "Matching:Roles:Limit" bounds the occupations loaded, for tests.
/// </summary>
public sealed class RoleCatalog(IConfiguration configuration, IOptions<RoleOptions> options)
{
    /// <summary>Below this, a free-text role matches nothing well and becomes a role of its own instead of a bad link.</summary>
    public const double LinkThreshold = 0.55;

    private readonly Lazy<RoleIndex> index = new(() =>
        new RoleIndex(OnetRoles.Load(ReferenceFiles.RequireDirectory(configuration), limit: options.Value.Limit)));

    public RoleIndex Index => index.Value;
}
