using Marketplace.Contracts.Listings;
using Marketplace.MarketAnalytics.Api.Data;
using Marketplace.MarketAnalytics.Api.Reference;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.MarketAnalytics.Api.Consumers;

/// <summary>A listing expired unfilled: no longer active from that day.</summary>
public sealed class JobListingExpiredConsumer(NpgsqlDataSource dataSource, MarketFactsStore facts, MarketReference reference)
    : IdempotentConsumer<JobListingExpired>(dataSource)
{
    protected override Task HandleAsync(ConsumeContext<JobListingExpired> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var expired = context.Message;
        var posting = ListingFacts.From(reference, expired.ListingId, expired.Listing, expired.OccurredAt,
            closedOn: DateOnly.FromDateTime(expired.ExpiredAt.UtcDateTime));
        return facts.UpsertListingAsync(connection, transaction, posting);
    }
}
