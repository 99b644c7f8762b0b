using Dapper;
using Marketplace.Contracts.Listings;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.Matching.Api.Consumers;

/// <summary>Keeps the job's requirements for matching; a later event for the same listing overwrites the row.</summary>
public sealed class JobListingPublishedConsumer(NpgsqlDataSource dataSource)
    : IdempotentConsumer<JobListingPublished>(dataSource)
{
    protected override Task HandleAsync(ConsumeContext<JobListingPublished> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var job = context.Message.Listing;
        return connection.ExecuteAsync("""
            insert into job_requirements (
                listing_id, organization_id, title, job_category, job_type, experience_level, visibility,
                city, state_province, country, latitude, longitude,
                required_skills, preferred_skills, required_certifications, manufacturer_experience, published_at)
            values (
                @ListingId, @OrganizationId, @Title, @JobCategory, @JobType, @ExperienceLevel, @Visibility,
                @City, @StateProvince, @Country, @Latitude, @Longitude,
                @RequiredSkills, @PreferredSkills, @RequiredCertifications, @ManufacturerExperience, @PublishedAt)
            on conflict (listing_id) do update set
                title = excluded.title, job_category = excluded.job_category, job_type = excluded.job_type,
                experience_level = excluded.experience_level, visibility = excluded.visibility,
                city = excluded.city, state_province = excluded.state_province, country = excluded.country,
                latitude = excluded.latitude, longitude = excluded.longitude,
                required_skills = excluded.required_skills, preferred_skills = excluded.preferred_skills,
                required_certifications = excluded.required_certifications,
                manufacturer_experience = excluded.manufacturer_experience,
                published_at = excluded.published_at, updated_at = now()
            """,
            new
            {
                context.Message.ListingId,
                context.Message.OrganizationId,
                job.Title,
                job.JobCategory,
                job.JobType,
                job.ExperienceLevel,
                job.Visibility,
                job.City,
                job.StateProvince,
                job.Country,
                job.Latitude,
                job.Longitude,
                RequiredSkills = job.RequiredSkills.ToArray(),
                PreferredSkills = job.PreferredSkills.ToArray(),
                RequiredCertifications = job.RequiredCertifications.ToArray(),
                ManufacturerExperience = job.ManufacturerExperience.ToArray(),
                job.PublishedAt,
            },
            transaction);
    }
}
