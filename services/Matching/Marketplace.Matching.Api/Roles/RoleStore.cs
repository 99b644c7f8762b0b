using Dapper;
using Marketplace.Contracts.Matching;
using Marketplace.ServiceDefaults.Outbox;
using Npgsql;

namespace Marketplace.Matching.Api.Roles;

/// <summary>Stored roles (O*NET roles are written on first use, created roles when they are made) and candidate links.</summary>
public static class RoleStore
{
    public static Task EnsureOnetRoleAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CanonicalRole role, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("""
            insert into roles (id, soc_code, name, description, category, source) values (@Id, @SocCode, @Name, @Description, @Category, 'onet')
            on conflict do nothing
            """, new { role.Id, role.SocCode, role.Name, role.Description, role.Category }, transaction, cancellationToken: cancellationToken));

    /// <summary>A created role of that name (case-insensitive), creating it (and publishing RoleCreated) when there is none.</summary>
    public static async Task<CanonicalRole> FindOrCreateAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string name, string? category, string source, TimeProvider clock, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var created = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition("""
            insert into roles (id, name, category, source) values (@Id, @Name, @Category, @Source)
            on conflict (lower(name)) where soc_code is null do nothing
            returning id
            """, new { Id = id, Name = name.Trim(), Category = category, Source = source }, transaction, cancellationToken: cancellationToken));
        if (created is null)
        {
            var existing = await connection.QuerySingleAsync<RoleRow>(new CommandDefinition(
                "select id, soc_code, name, description, category from roles where soc_code is null and lower(name) = lower(@Name)",
                new { Name = name.Trim() }, transaction, cancellationToken: cancellationToken));
            return existing.ToRole();
        }

        await Outbox.EnqueueAsync(connection, transaction, new RoleCreated(Guid.CreateVersion7(), clock.GetUtcNow(), id, name.Trim(), category, []));
        return new CanonicalRole(id, null, name.Trim(), null, category, []);
    }

    /// <summary>Links a candidate to a role and publishes CandidateRoleLinked with the role's candidate count.</summary>
    public static async Task LinkAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid candidateId, CanonicalRole role, string title, double score, TimeProvider clock, CancellationToken cancellationToken)
    {
        var linked = await connection.ExecuteAsync(new CommandDefinition("""
            insert into candidate_roles (candidate_id, role_id, title, score) values (@CandidateId, @RoleId, @Title, @Score)
            on conflict (candidate_id, role_id) do nothing
            """, new { CandidateId = candidateId, RoleId = role.Id, Title = title, Score = (decimal)Math.Round(score, 3) }, transaction, cancellationToken: cancellationToken));
        if (linked == 0)
        {
            return;
        }

        var count = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "select count(*) from candidate_roles where role_id = @RoleId", new { RoleId = role.Id }, transaction, cancellationToken: cancellationToken));
        await Outbox.EnqueueAsync(connection, transaction, new CandidateRoleLinked(
            Guid.CreateVersion7(), clock.GetUtcNow(), candidateId, role.Id, role.Name, role.Aliases.Take(20).ToList(), count));
    }

    public sealed class RoleRow
    {
        public Guid Id { get; init; }
        public string? SocCode { get; init; }
        public string Name { get; init; } = "";
        public string? Description { get; init; }
        public string? Category { get; init; }

        public CanonicalRole ToRole() => new(Id, SocCode, Name, Description, Category, []);
    }
}
