using Dapper;
using Marketplace.Contracts.Matching;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.ScraperIngest.Api.Consumers;

/// <summary>A canonical role created in Matching joins the scrape queue (or, if the name is known, lends it its id and aliases).</summary>
public sealed class RoleCreatedConsumer(NpgsqlDataSource dataSource) : IdempotentConsumer<RoleCreated>(dataSource)
{
    protected override async Task HandleAsync(ConsumeContext<RoleCreated> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var message = context.Message;
        if (string.IsNullOrWhiteSpace(message.Name))
        {
            throw new MessageValidationException("RoleCreated needs a role name.");
        }

        await connection.ExecuteAsync("""
            insert into scrape_roles (id, name, aliases, category, matching_role_id)
            values (@Id, @Name, @Aliases, @Category, @RoleId)
            on conflict (lower(name)) do update set
                matching_role_id = excluded.matching_role_id,
                category = coalesce(scrape_roles.category, excluded.category),
                aliases = scrape_roles.aliases || array(
                    select a from unnest(excluded.aliases) a
                    where not (lower(a) = any(select lower(x) from unnest(scrape_roles.aliases) x)))
            """,
            new { Id = Guid.CreateVersion7(), Name = message.Name.Trim(), Aliases = (message.Aliases ?? []).ToArray(), message.Category, message.RoleId },
            transaction);
    }
}
