using Dapper;
using Marketplace.Contracts.Applications;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.Listings.Api.Consumers;

/// <summary>Counts an application toward its listing's application_count (issue 10).</summary>
public sealed class ApplicationSubmittedConsumer(NpgsqlDataSource dataSource) : IdempotentConsumer<ApplicationSubmitted>(dataSource)
{
    protected override async Task HandleAsync(ConsumeContext<ApplicationSubmitted> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var m = context.Message;
        await connection.ExecuteAsync(
            "insert into listing_applications (application_id, listing_id) values (@ApplicationId, @JobId) on conflict do nothing",
            new { m.ApplicationId, m.JobId }, transaction);
        await ApplicationCounter.RecountAsync(connection, transaction, m.JobId);
    }
}
