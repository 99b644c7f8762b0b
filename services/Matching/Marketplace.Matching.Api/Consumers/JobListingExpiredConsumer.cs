using Marketplace.Contracts.Listings;
using Marketplace.Matching.Api.Data;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.Matching.Api.Consumers;

/// <summary>An expired listing is no longer recommended.</summary>
public sealed class JobListingExpiredConsumer(NpgsqlDataSource dataSource) : IdempotentConsumer<JobListingExpired>(dataSource)
{
    protected override Task HandleAsync(ConsumeContext<JobListingExpired> context, NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        JobStore.SetStatusAsync(connection, transaction, context.Message.ListingId, "expired", context.CancellationToken);
}
