using Dapper;
using Marketplace.Contracts.Applications;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.Listings.Api.Consumers;

/// <summary>A withdrawn application no longer counts toward its listing's application_count, even if it arrives first.</summary>
public sealed class ApplicationWithdrawnConsumer(NpgsqlDataSource dataSource) : IdempotentConsumer<ApplicationWithdrawn>(dataSource)
{
    protected override async Task HandleAsync(ConsumeContext<ApplicationWithdrawn> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var m = context.Message;
        await connection.ExecuteAsync("""
            insert into listing_applications (application_id, listing_id, withdrawn) values (@ApplicationId, @JobId, true)
            on conflict (application_id) do update set withdrawn = true
            """, new { m.ApplicationId, m.JobId }, transaction);
        await ApplicationCounter.RecountAsync(connection, transaction, m.JobId);
    }
}
