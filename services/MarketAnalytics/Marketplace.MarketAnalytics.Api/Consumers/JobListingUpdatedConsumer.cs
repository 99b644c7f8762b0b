using Marketplace.Contracts.Listings;
using Marketplace.MarketAnalytics.Api.Data;
using Marketplace.MarketAnalytics.Api.Reference;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.MarketAnalytics.Api.Consumers;

/// <summary>A listing's new content (pay, place, skills); it stays the same posting, opened on the day it was first published.</summary>
public sealed class JobListingUpdatedConsumer(NpgsqlDataSource dataSource, MarketFactsStore facts, MarketReference reference)
    : IdempotentConsumer<JobListingUpdated>(dataSource)
{
    protected override Task HandleAsync(ConsumeContext<JobListingUpdated> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var updated = context.Message;
        return facts.UpsertListingAsync(connection, transaction, ListingFacts.From(reference, updated.ListingId, updated.Listing, updated.OccurredAt));
    }
}
