using System.Text.Json;
using Dapper;
using Marketplace.Contracts.Listings;
using Npgsql;

namespace Marketplace.Applications.Api.Data;

/// <summary>
/// Applications' copy of a listing, written from Listings' events. Each event carries the whole snapshot, so every
/// consumer upserts all of it; an event older than the newest applied (a late redelivery) changes nothing.
/// <paramref name="status"/> null keeps the stored status (an update never reopens a closed listing).
/// </summary>
public static class ListingReadModel
{
    public static Task UpsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid listingId, Guid organizationId,
        JobListingSnapshot listing, string? status, DateTimeOffset occurredAt) =>
        connection.ExecuteAsync("""
            insert into listings (
                listing_id, organization_id, title, job_category, job_type, visibility, status, screening_questions, published_at,
                network_ids, region, trade, required_skills, required_certifications, manufacturer_experience,
                application_deadline, expires_at, positions_available, last_event_at, visibility_cascade)
            values (
                @ListingId, @OrganizationId, @Title, @JobCategory, @JobType, @Visibility, coalesce(@Status, 'active'), @Questions::jsonb,
                @PublishedAt, @NetworkIds, @Region, @Trade, @RequiredSkills, @RequiredCertifications, @ManufacturerExperience,
                @ApplicationDeadline, @ExpiresAt, @PositionsAvailable, @OccurredAt, @Cascade::jsonb)
            on conflict (listing_id) do update set
                organization_id = excluded.organization_id, title = excluded.title, job_category = excluded.job_category,
                job_type = excluded.job_type, visibility = excluded.visibility,
                status = coalesce(@Status, listings.status), screening_questions = excluded.screening_questions,
                published_at = coalesce(excluded.published_at, listings.published_at), network_ids = excluded.network_ids,
                region = excluded.region, trade = excluded.trade, required_skills = excluded.required_skills,
                required_certifications = excluded.required_certifications,
                manufacturer_experience = excluded.manufacturer_experience,
                application_deadline = excluded.application_deadline, expires_at = excluded.expires_at,
                positions_available = excluded.positions_available, last_event_at = excluded.last_event_at,
                visibility_cascade = excluded.visibility_cascade, updated_at = now()
            where listings.last_event_at is null or listings.last_event_at <= excluded.last_event_at
            """,
            new
            {
                ListingId = listingId,
                OrganizationId = organizationId,
                listing.Title,
                listing.JobCategory,
                listing.JobType,
                listing.Visibility,
                Status = status,
                Questions = JsonSerializer.Serialize(listing.ScreeningQuestions ?? [], Snapshots.Json),
                listing.PublishedAt,
                NetworkIds = (listing.NetworkIds ?? []).ToArray(),
                listing.Region,
                Trade = listing.Trade,
                RequiredSkills = listing.RequiredSkills.ToArray(),
                RequiredCertifications = listing.RequiredCertifications.ToArray(),
                ManufacturerExperience = listing.ManufacturerExperience.ToArray(),
                listing.ApplicationDeadline,
                listing.ExpiresAt,
                listing.PositionsAvailable,
                OccurredAt = occurredAt,
                Cascade = listing.VisibilityCascade is { Count: > 0 } steps ? JsonSerializer.Serialize(steps, Snapshots.Json) : null,
            },
            transaction);
}
