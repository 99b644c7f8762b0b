using Dapper;
using Marketplace.Contracts.Listings;
using Npgsql;

namespace Marketplace.Matching.Api.Data;

/// <summary>Matching's read model of jobs (job_requirements). A job's vector is only read when it is of <c>model</c>.</summary>
public static class JobStore
{
    private const string Vector = "case when j.embedding_model = @Model then j.embedding end as embedding";

    public static Task<JobRow?> GetAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid jobId, string model, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<JobRow>(new CommandDefinition(
            $"select {JobRow.Columns}, {Vector} from job_requirements j where j.listing_id = @JobId",
            new { JobId = jobId, Model = model }, transaction, cancellationToken: cancellationToken))!;

    /// <summary>Active jobs a candidate is matched against: every listing, and imported postings of the candidate's roles.</summary>
    public static async Task<List<JobRow>> ListActiveForCandidateAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid candidateId, string model, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<JobRow>(new CommandDefinition($"""
            select {JobRow.Columns}, {Vector} from job_requirements j
            where j.status = 'active'
              and (not j.is_external or j.role_id in (select role_id from candidate_roles where candidate_id = @CandidateId))
            """, new { CandidateId = candidateId, Model = model }, transaction, cancellationToken: cancellationToken))).ToList();

    /// <summary>Stores a listing's current state; its vector is dropped so the refresh worker re-embeds and re-matches it.</summary>
    public static Task UpsertListingAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid listingId, Guid organizationId, JobListingSnapshot job, string status, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("""
            insert into job_requirements (
                listing_id, organization_id, title, description, job_category, job_type, experience_level, visibility, network_ids, region,
                location_type, city, state_province, country, latitude, longitude, compensation_type, salary_min, salary_max,
                required_skills, preferred_skills, required_certifications, manufacturer_experience, published_at, status,
                matching_status, embedding, embedding_model, updated_at)
            values (
                @ListingId, @OrganizationId, @Title, @Description, @JobCategory, @JobType, @ExperienceLevel, @Visibility, @NetworkIds, @Region,
                @LocationType, @City, @StateProvince, @Country, @Latitude, @Longitude, @CompensationType, @SalaryMin, @SalaryMax,
                @RequiredSkills, @PreferredSkills, @RequiredCertifications, @ManufacturerExperience, @PublishedAt, @Status,
                'pending', null, null, now())
            on conflict (listing_id) do update set
                title = excluded.title, description = excluded.description, job_category = excluded.job_category,
                job_type = excluded.job_type, experience_level = excluded.experience_level, visibility = excluded.visibility,
                network_ids = excluded.network_ids, region = excluded.region, location_type = excluded.location_type,
                city = excluded.city, state_province = excluded.state_province, country = excluded.country,
                latitude = excluded.latitude, longitude = excluded.longitude, compensation_type = excluded.compensation_type,
                salary_min = excluded.salary_min, salary_max = excluded.salary_max, required_skills = excluded.required_skills,
                preferred_skills = excluded.preferred_skills, required_certifications = excluded.required_certifications,
                manufacturer_experience = excluded.manufacturer_experience, published_at = excluded.published_at,
                status = excluded.status, matching_status = 'pending', embedding = null, embedding_model = null, updated_at = now()
            """,
            new
            {
                ListingId = listingId,
                OrganizationId = organizationId,
                job.Title,
                job.Description,
                job.JobCategory,
                job.JobType,
                job.ExperienceLevel,
                job.Visibility,
                NetworkIds = (job.NetworkIds ?? []).ToArray(),
                job.Region,
                job.LocationType,
                job.City,
                job.StateProvince,
                job.Country,
                job.Latitude,
                job.Longitude,
                job.CompensationType,
                job.SalaryMin,
                job.SalaryMax,
                RequiredSkills = job.RequiredSkills.ToArray(),
                PreferredSkills = job.PreferredSkills.ToArray(),
                RequiredCertifications = job.RequiredCertifications.ToArray(),
                ManufacturerExperience = job.ManufacturerExperience.ToArray(),
                job.PublishedAt,
                Status = status,
            },
            transaction, cancellationToken: cancellationToken));

    public static Task SetStatusAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid listingId, string status, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "update job_requirements set status = @Status, updated_at = now() where listing_id = @ListingId",
            new { ListingId = listingId, Status = status }, transaction, cancellationToken: cancellationToken));
}
