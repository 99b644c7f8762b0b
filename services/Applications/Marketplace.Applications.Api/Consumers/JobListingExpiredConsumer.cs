using Marketplace.Applications.Api.Data;
using Marketplace.Contracts.Listings;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.Applications.Api.Consumers;

/// <summary>An expired listing takes no more applications.</summary>
public sealed class JobListingExpiredConsumer(NpgsqlDataSource dataSource)
    : IdempotentConsumer<JobListingExpired>(dataSource)
{
    protected override Task HandleAsync(ConsumeContext<JobListingExpired> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var m = context.Message;
        return ListingReadModel.UpsertAsync(connection, transaction, m.ListingId, m.OrganizationId, m.Listing, "expired", m.OccurredAt);
    }
}
