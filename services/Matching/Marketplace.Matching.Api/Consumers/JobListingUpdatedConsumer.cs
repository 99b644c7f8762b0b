using Marketplace.Contracts.Listings;
using Marketplace.Matching.Api.Data;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.Matching.Api.Consumers;

/// <summary>Changed requirements invalidate the job's matches: the new state is stored and the job re-embedded and re-matched.</summary>
public sealed class JobListingUpdatedConsumer(NpgsqlDataSource dataSource) : IdempotentConsumer<JobListingUpdated>(dataSource)
{
    protected override Task HandleAsync(ConsumeContext<JobListingUpdated> context, NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        JobStore.UpsertListingAsync(connection, transaction, context.Message.ListingId, context.Message.OrganizationId, context.Message.Listing, "active", context.CancellationToken);
}
