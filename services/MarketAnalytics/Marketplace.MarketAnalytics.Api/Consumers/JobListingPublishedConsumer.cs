using Dapper;
using Marketplace.Contracts.Listings;
using Marketplace.MarketAnalytics.Api.Data;
using Marketplace.MarketAnalytics.Api.Reference;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.MarketAnalytics.Api.Consumers;

/// <summary>Counts a published listing on the UTC day it was published, and records it as a posting of the market.</summary>
public sealed class JobListingPublishedConsumer(NpgsqlDataSource dataSource, MarketFactsStore facts, MarketReference reference)
    : IdempotentConsumer<JobListingPublished>(dataSource)
{
    protected override async Task HandleAsync(ConsumeContext<JobListingPublished> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var published = context.Message;
        await connection.ExecuteAsync("""
            insert into listing_publications (listing_id, organization_id, job_category, job_type, state_province, published_on)
            values (@ListingId, @OrganizationId, @JobCategory, @JobType, @StateProvince, @PublishedOn)
            on conflict (listing_id) do nothing
            """,
            new
            {
                published.ListingId,
                published.OrganizationId,
                published.Listing.JobCategory,
                published.Listing.JobType,
                published.Listing.StateProvince,
                PublishedOn = DateOnly.FromDateTime((published.Listing.PublishedAt ?? published.OccurredAt).UtcDateTime),
            },
            transaction);
        await facts.UpsertListingAsync(connection, transaction, ListingFacts.From(reference, published.ListingId, published.Listing, published.OccurredAt));
    }
}
