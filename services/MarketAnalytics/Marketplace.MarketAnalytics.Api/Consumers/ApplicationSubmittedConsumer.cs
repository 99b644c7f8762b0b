using Marketplace.Contracts.Applications;
using Marketplace.MarketAnalytics.Api.Data;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.MarketAnalytics.Api.Consumers;

/// <summary>One application to a listing, counted once by its id (applications per posting).</summary>
public sealed class ApplicationSubmittedConsumer(NpgsqlDataSource dataSource, MarketFactsStore facts)
    : IdempotentConsumer<ApplicationSubmitted>(dataSource)
{
    protected override Task HandleAsync(ConsumeContext<ApplicationSubmitted> context, NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        facts.AddApplicationAsync(connection, transaction, context.Message.ApplicationId, context.Message.JobId, context.Message.OccurredAt);
}
