using Marketplace.Contracts.Listings;
using Marketplace.Matching.Api.Data;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.Matching.Api.Consumers;

/// <summary>A closed or filled listing is no longer recommended; its matches stay for the employer's history.</summary>
public sealed class JobListingClosedConsumer(NpgsqlDataSource dataSource) : IdempotentConsumer<JobListingClosed>(dataSource)
{
    protected override Task HandleAsync(ConsumeContext<JobListingClosed> context, NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        JobStore.SetStatusAsync(connection, transaction, context.Message.ListingId, "closed", context.CancellationToken);
}
