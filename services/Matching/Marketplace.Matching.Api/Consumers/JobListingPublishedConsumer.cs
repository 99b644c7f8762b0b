using Marketplace.Contracts.Listings;
using Marketplace.Matching.Api.Data;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.Matching.Api.Consumers;

/// <summary>A published listing becomes a job to match; the refresh worker embeds it and then matches it against every candidate.</summary>
public sealed class JobListingPublishedConsumer(NpgsqlDataSource dataSource) : IdempotentConsumer<JobListingPublished>(dataSource)
{
    protected override Task HandleAsync(ConsumeContext<JobListingPublished> context, NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        JobStore.UpsertListingAsync(connection, transaction, context.Message.ListingId, context.Message.OrganizationId, context.Message.Listing, "active", context.CancellationToken);
}
