using Marketplace.Contracts.EmergencyDispatch;
using Marketplace.MarketAnalytics.Api.Data;
using Marketplace.MarketAnalytics.Api.Reference;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.MarketAnalytics.Api.Consumers;

public sealed class EmergencyJobPostedConsumer(NpgsqlDataSource dataSource, MarketFactsStore facts, MarketReference reference)
    : IdempotentConsumer<EmergencyJobPosted>(dataSource)
{
    protected override Task HandleAsync(ConsumeContext<EmergencyJobPosted> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var job = context.Message.Job;
        return facts.UpsertEmergencyJobAsync(connection, transaction, context.Message.JobId, reference.RoleOfCategory(job.JobCategory),
            reference.Locations.FromFields(job.City, job.StateProvince, job.Country), job.PostedAt);
    }
}
