using Dapper;
using Marketplace.Contracts.Matching;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.ScraperIngest.Api.Consumers;

/// <summary>
/// Queue priority from demand: Matching's absolute candidate count for a role is applied by role name (the queue's
/// roles and Matching's are matched by name, case-insensitive; an unknown role is added). The count carries its
/// event time, so a late, older event never overwrites a newer count.
/// </summary>
public sealed class CandidateRoleLinkedConsumer(NpgsqlDataSource dataSource) : IdempotentConsumer<CandidateRoleLinked>(dataSource)
{
    protected override async Task HandleAsync(ConsumeContext<CandidateRoleLinked> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var message = context.Message;
        if (string.IsNullOrWhiteSpace(message.RoleName) || message.CandidateCount < 0)
        {
            throw new MessageValidationException("CandidateRoleLinked needs a role name and a non-negative candidate count.");
        }

        await connection.ExecuteAsync("""
            insert into scrape_roles (id, name, aliases, matching_role_id, candidate_count, candidate_count_as_of)
            values (@Id, @RoleName, @Aliases, @RoleId, @CandidateCount, @OccurredAt)
            on conflict (lower(name)) do update set
                matching_role_id = excluded.matching_role_id,
                aliases = scrape_roles.aliases || array(
                    select a from unnest(excluded.aliases) a
                    where not (lower(a) = any(select lower(x) from unnest(scrape_roles.aliases) x))),
                candidate_count = case
                    when scrape_roles.candidate_count_as_of is null or scrape_roles.candidate_count_as_of <= excluded.candidate_count_as_of
                    then excluded.candidate_count else scrape_roles.candidate_count end,
                candidate_count_as_of = greatest(scrape_roles.candidate_count_as_of, excluded.candidate_count_as_of)
            """,
            new
            {
                Id = Guid.CreateVersion7(),
                RoleName = message.RoleName.Trim(),
                Aliases = (message.RoleAliases ?? []).ToArray(),
                message.RoleId,
                message.CandidateCount,
                message.OccurredAt,
            },
            transaction);
    }
}
