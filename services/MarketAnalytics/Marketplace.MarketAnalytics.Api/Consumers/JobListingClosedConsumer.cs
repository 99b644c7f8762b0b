using Marketplace.Contracts.Listings;
using Marketplace.MarketAnalytics.Api.Data;
using Marketplace.MarketAnalytics.Api.Reference;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.MarketAnalytics.Api.Consumers;

/// <summary>A listing stopped being active; closed as "filled", it also counts toward time to fill.</summary>
public sealed class JobListingClosedConsumer(NpgsqlDataSource dataSource, MarketFactsStore facts, MarketReference reference)
    : IdempotentConsumer<JobListingClosed>(dataSource)
{
    protected override Task HandleAsync(ConsumeContext<JobListingClosed> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var closed = context.Message;
        var filled = string.Equals(closed.Status, "filled", StringComparison.OrdinalIgnoreCase);
        var posting = ListingFacts.From(reference, closed.ListingId, closed.Listing, closed.OccurredAt,
            closedOn: DateOnly.FromDateTime(closed.OccurredAt.UtcDateTime), filledAt: filled ? closed.OccurredAt : null);
        return facts.UpsertListingAsync(connection, transaction, posting);
    }
}
