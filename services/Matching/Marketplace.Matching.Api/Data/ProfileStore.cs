using Dapper;
using Npgsql;

namespace Marketplace.Matching.Api.Data;

/// <summary>Profile reads used by matching. A profile's vector is only read when it is of <c>model</c>.</summary>
public static class ProfileStore
{
    private const string Vector = "case when p.embedding_model = @Model then p.embedding end as embedding";

    public static Task<ProfileRow?> GetForMatchingAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid candidateId, string model, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<ProfileRow>(new CommandDefinition(
            $"select {ProfileRow.Columns}, {Vector} from candidate_profiles p where p.id = @Id and p.status <> 'rejected'",
            new { Id = candidateId, Model = model }, transaction, cancellationToken: cancellationToken))!;

    /// <summary>Every candidate a job is matched against; with <paramref name="roleId"/>, only those linked to that role.</summary>
    public static async Task<List<ProfileRow>> ListForMatchingAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string model, Guid? roleId, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<ProfileRow>(new CommandDefinition($"""
            select {ProfileRow.Columns}, {Vector} from candidate_profiles p
            where p.status <> 'rejected'
              and (@RoleId::uuid is null or p.id in (select candidate_id from candidate_roles where role_id = @RoleId))
            """, new { Model = model, RoleId = roleId }, transaction, cancellationToken: cancellationToken))).ToList();

    public static Task<ProfileRow?> GetByUserAsync(NpgsqlConnection connection, Guid userId, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<ProfileRow>(new CommandDefinition(
            $"select {ProfileRow.Columns} from candidate_profiles p where p.user_id = @UserId",
            new { UserId = userId }, cancellationToken: cancellationToken))!;

    /// <summary>A recruiter's candidate, only within its organization (someone else's is null: a 404).</summary>
    public static Task<ProfileRow?> GetCandidateAsync(NpgsqlConnection connection, Guid id, Guid organizationId, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<ProfileRow>(new CommandDefinition(
            $"select {ProfileRow.Columns} from candidate_profiles p where p.id = @Id and p.organization_id = @OrganizationId and p.kind = 'recruited'",
            new { Id = id, OrganizationId = organizationId }, cancellationToken: cancellationToken))!;
}
