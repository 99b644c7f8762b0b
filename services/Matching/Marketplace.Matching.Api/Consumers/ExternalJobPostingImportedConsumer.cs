using Dapper;
using Marketplace.Contracts.ScraperIngest;
using Marketplace.Matching.Api.Roles;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.Matching.Api.Consumers;

/// <summary>
/// An imported posting becomes an external job, matched (by the refresh worker) to the candidates linked to the
/// posting's role; a posting without a role gets the best canonical role of its title.
/// </summary>
public sealed class ExternalJobPostingImportedConsumer(NpgsqlDataSource dataSource, RoleCatalog roles)
    : IdempotentConsumer<ExternalJobPostingImported>(dataSource)
{
    protected override async Task HandleAsync(ConsumeContext<ExternalJobPostingImported> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var m = context.Message;
        if (string.IsNullOrWhiteSpace(m.Title))
        {
            throw new MessageValidationException("An external posting needs a title.");
        }

        var best = m.RoleId is null ? (await roles.NormalizeAsync(m.Title, 1, context.CancellationToken)).FirstOrDefault() : null;
        var roleId = m.RoleId ?? (best is { Score: >= RoleCatalog.LinkThreshold } ? best.Role.Id : null);
        await connection.ExecuteAsync(new CommandDefinition("""
            insert into job_requirements (
                listing_id, organization_id, title, description, job_category, job_type, experience_level, experience_years_min, visibility,
                location_type, city, state_province, country, latitude, longitude, compensation_type, salary_min, salary_max,
                required_skills, published_at, is_external, role_id, status, matching_status, embedding, embedding_model, updated_at)
            values (
                @PostingId, '00000000-0000-0000-0000-000000000000', @Title, @Description, 'external', @JobType, 'any', @ExperienceYearsMin, 'global',
                @LocationType, @City, @StateProvince, @Country, @Latitude, @Longitude, 'salary', @AnnualSalaryMin, @AnnualSalaryMax,
                @Skills, @Posted, true, @RoleId, 'active', 'pending', null, null, now())
            on conflict (listing_id) do update set
                title = excluded.title, description = excluded.description, job_type = excluded.job_type,
                experience_years_min = excluded.experience_years_min, location_type = excluded.location_type,
                city = excluded.city, state_province = excluded.state_province, country = excluded.country,
                latitude = excluded.latitude, longitude = excluded.longitude, salary_min = excluded.salary_min,
                salary_max = excluded.salary_max, required_skills = excluded.required_skills, role_id = excluded.role_id,
                status = 'active', matching_status = 'pending', embedding = null, embedding_model = null, updated_at = now()
            """,
            new
            {
                m.PostingId,
                Title = m.Title.Trim(),
                Description = m.Description ?? "",
                JobType = m.JobType ?? "permanent",
                m.ExperienceYearsMin,
                LocationType = m.IsRemote ? "remote" : "on_site",
                m.City,
                m.StateProvince,
                m.Country,
                m.Latitude,
                m.Longitude,
                m.AnnualSalaryMin,
                m.AnnualSalaryMax,
                Skills = m.Skills.ToArray(),
                Posted = m.DatePosted ?? m.FirstSeenAt,
                RoleId = roleId,
            },
            transaction, cancellationToken: context.CancellationToken));
        if (roleId is { } id && m.RoleId is null)
        {
            await RoleStore.EnsureOnetRoleAsync(connection, transaction, roles.Index.Roles.First(r => r.Id == id), context.CancellationToken);
        }
    }
}
