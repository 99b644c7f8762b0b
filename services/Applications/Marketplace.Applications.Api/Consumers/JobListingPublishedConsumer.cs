using Marketplace.Applications.Api.Data;
using Marketplace.Contracts.Listings;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.Applications.Api.Consumers;

/// <summary>Opens a listing for applications in the local read model, with its screening questions.</summary>
public sealed class JobListingPublishedConsumer(NpgsqlDataSource dataSource)
    : IdempotentConsumer<JobListingPublished>(dataSource)
{
    protected override Task HandleAsync(ConsumeContext<JobListingPublished> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var m = context.Message;
        return ListingReadModel.UpsertAsync(connection, transaction, m.ListingId, m.OrganizationId, m.Listing, "active", m.OccurredAt);
    }
}
