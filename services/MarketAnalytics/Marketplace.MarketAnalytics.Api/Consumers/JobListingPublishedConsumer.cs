using Dapper;
using Marketplace.Contracts.Listings;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.MarketAnalytics.Api.Consumers;

/// <summary>Counts a published listing on the UTC day it was published.</summary>
public sealed class JobListingPublishedConsumer(NpgsqlDataSource dataSource)
    : IdempotentConsumer<JobListingPublished>(dataSource)
{
    protected override Task HandleAsync(ConsumeContext<JobListingPublished> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var published = context.Message;
        return connection.ExecuteAsync("""
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
    }
}
