using Marketplace.Applications.Api.Data;
using Marketplace.Contracts.Listings;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.Applications.Api.Consumers;

/// <summary>A published listing's content changed: requirements, visibility, deadline and screening questions follow.</summary>
public sealed class JobListingUpdatedConsumer(NpgsqlDataSource dataSource)
    : IdempotentConsumer<JobListingUpdated>(dataSource)
{
    protected override Task HandleAsync(ConsumeContext<JobListingUpdated> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var m = context.Message;
        return ListingReadModel.UpsertAsync(connection, transaction, m.ListingId, m.OrganizationId, m.Listing, null, m.OccurredAt);
    }
}
