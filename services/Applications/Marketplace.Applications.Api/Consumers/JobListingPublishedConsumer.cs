using System.Text.Json;
using Dapper;
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
        var listing = context.Message.Listing;
        return connection.ExecuteAsync("""
            insert into listings (listing_id, organization_id, title, job_category, job_type, visibility, status, screening_questions, published_at)
            values (@ListingId, @OrganizationId, @Title, @JobCategory, @JobType, @Visibility, 'active', @Questions::jsonb, @PublishedAt)
            on conflict (listing_id) do update set
                title = excluded.title, job_category = excluded.job_category, job_type = excluded.job_type,
                visibility = excluded.visibility, status = 'active', screening_questions = excluded.screening_questions,
                published_at = excluded.published_at, updated_at = now()
            """,
            new
            {
                context.Message.ListingId,
                context.Message.OrganizationId,
                listing.Title,
                listing.JobCategory,
                listing.JobType,
                listing.Visibility,
                Questions = JsonSerializer.Serialize(listing.ScreeningQuestions ?? []),
                listing.PublishedAt,
            },
            transaction);
    }
}
