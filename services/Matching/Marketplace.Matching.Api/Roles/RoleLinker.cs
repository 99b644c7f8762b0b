using Dapper;
using Npgsql;

namespace Marketplace.Matching.Api.Roles;

/// <summary>
/// Links a candidate's preferred roles (and current title) to canonical roles: the best O*NET role when it matches
/// well, otherwise a created role of that name (RoleCreated) rather than a bad link. Links no longer preferred are removed.
/// </summary>
public sealed class RoleLinker(RoleCatalog catalog, TimeProvider clock)
{
    public async Task LinkAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid candidateId, IEnumerable<string> titles, CancellationToken cancellationToken)
    {
        var keep = new List<Guid>();
        foreach (var title in titles.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.OrdinalIgnoreCase).Take(10))
        {
            var best = (await catalog.NormalizeAsync(title, 1, cancellationToken)).FirstOrDefault();
            CanonicalRole role;
            double score;
            if (best is { Score: >= RoleCatalog.LinkThreshold })
            {
                role = best.Role;
                score = best.Score;
                await RoleStore.EnsureOnetRoleAsync(connection, transaction, role, cancellationToken);
            }
            else
            {
                role = await RoleStore.FindOrCreateAsync(connection, transaction, title, best?.Role.Category, "candidate", clock, cancellationToken);
                score = 1;
            }

            keep.Add(role.Id);
            await RoleStore.LinkAsync(connection, transaction, candidateId, role, title.Trim(), score, clock, cancellationToken);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "delete from candidate_roles where candidate_id = @CandidateId and not (role_id = any(@Keep))",
            new { CandidateId = candidateId, Keep = keep.ToArray() }, transaction, cancellationToken: cancellationToken));
    }
}
