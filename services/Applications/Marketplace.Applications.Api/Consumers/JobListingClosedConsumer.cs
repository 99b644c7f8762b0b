using Marketplace.Applications.Api.Data;
using Marketplace.Contracts.Listings;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.Applications.Api.Consumers;

/// <summary>A filled or closed listing takes no more applications (409 on apply); the existing ones stay.</summary>
public sealed class JobListingClosedConsumer(NpgsqlDataSource dataSource)
    : IdempotentConsumer<JobListingClosed>(dataSource)
{
    protected override Task HandleAsync(ConsumeContext<JobListingClosed> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var m = context.Message;
        var status = m.Status is "filled" ? "filled" : "closed";
        return ListingReadModel.UpsertAsync(connection, transaction, m.ListingId, m.OrganizationId, m.Listing, status, m.OccurredAt);
    }
}
